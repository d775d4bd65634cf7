package dev.ferry.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.rules.ExpressionFilterRule;
import dev.ferry.domain.TableId;
import dev.ferry.rules.expr.EvalContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionFiltersTest {

  static final EvalContext CTX =
      new EvalContext(
          Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC), ZoneOffset.UTC);
  static final TableId TBL = TableId.of("expr_filter", "tbl");

  static ExpressionFilterRule update(String oldExpr, String newExpr) {
    return new ExpressionFilterRule("expr_filter", "tbl", null, oldExpr, newExpr, null);
  }

  @Test
  void dmDocsExampleEvenCIsNotReplicated() {
    var rule = new ExpressionFilterRule("expr_filter", "tbl", "c % 2 = 0", null, null, null);
    var filters = ExpressionFilters.of(Map.of("even_c", rule), false, CTX);
    List<Long> replicated =
        LongStream.rangeClosed(1, 4)
            .filter(i -> !filters.insert(TBL, Map.of("id", i, "c", i)).dropped())
            .boxed()
            .toList();
    assertThat(replicated).containsExactly(1L, 3L);
    assertThat(filters.insert(TBL, Map.of("id", 2L, "c", 2L)).ruleName()).isEqualTo("even_c");
  }

  @ParameterizedTest(name = "old={0} new={1}: old c={2}, new c={3} -> dropped={4}")
  @CsvSource({
    "c = 1, c = 2, 1, 2, true",
    "c = 1, c = 2, 1, 3, false",
    "c = 1, c = 2, 0, 2, false",
    "c = 1, , 1, 9, true",
    "c = 1, , 0, 9, false",
    ", c = 2, 9, 2, true",
    ", c = 2, 9, 3, false",
  })
  void updatesAreDroppedWhenOldAndNewBothMatch(
      String oldExpr, String newExpr, long oldC, long newC, boolean dropped) {
    var filters = ExpressionFilters.of(Map.of("u", update(oldExpr, newExpr)), false, CTX);
    assertThat(filters.update(TBL, Map.of("c", oldC), Map.of("c", newC)).dropped())
        .isEqualTo(dropped);
  }

  @Test
  void anyOneMatchingRuleDropsTheRow() {
    Map<String, ExpressionFilterRule> rules = new LinkedHashMap<>();
    rules.put("a", new ExpressionFilterRule("expr_filter", "tbl", "c = 1", null, null, null));
    rules.put("b", new ExpressionFilterRule("expr_filter", "tbl", "c = 2", null, null, null));
    rules.put("d", new ExpressionFilterRule("expr_filter", "tbl", null, null, null, "c > 0"));
    var f = ExpressionFilters.of(rules, false, CTX);
    assertThat(f.insert(TBL, Map.of("c", 2L))).isEqualTo(new RowFilterResult(true, "b", List.of()));
    assertThat(f.insert(TBL, Map.of("c", 3L)).dropped()).isFalse();
    assertThat(f.delete(TBL, Map.of("c", 3L)).ruleName()).isEqualTo("d");
    assertThat(f.update(TBL, Map.of("c", 1L), Map.of("c", 1L)).dropped()).isFalse();
  }

  @Test
  void rulesApplyToTheirExactTableOnly() {
    var rule = new ExpressionFilterRule("Shop", "Orders", "1 = 1", null, null, null);
    assertThat(
            ExpressionFilters.of(Map.of("r", rule), false, CTX)
                .insert(TableId.of("shop", "orders"), Map.of())
                .dropped())
        .isTrue();
    assertThat(
            ExpressionFilters.of(Map.of("r", rule), true, CTX)
                .insert(TableId.of("shop", "orders"), Map.of())
                .dropped())
        .isFalse();
    assertThat(
            ExpressionFilters.of(Map.of("r", rule), false, CTX)
                .insert(TableId.of("shop", "orders_1"), Map.of())
                .dropped())
        .isFalse();
    assertThat(
            ExpressionFilters.of(Map.of("r", rule), false, CTX)
                .hasRulesFor(TableId.of("SHOP", "ORDERS")))
        .isTrue();
  }

  @Test
  void unknownColumnsFilterNothingAndWarn() {
    var rule = new ExpressionFilterRule("expr_filter", "tbl", "dropped_col = 1", null, null, null);
    RowFilterResult r =
        ExpressionFilters.of(Map.of("r", rule), false, CTX).insert(TBL, Map.of("c", 1L));
    assertThat(r.dropped()).isFalse();
    assertThat(r.warnings()).singleElement().asString().contains("dropped_col");
  }
}
