package dev.ferry.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.config.rules.BinlogFilterRule;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.ExpressionFilterRule;
import dev.ferry.config.rules.Extraction;
import dev.ferry.config.rules.FilterAction;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.domain.TableId;
import dev.ferry.rules.EventDecision.Outcome;
import dev.ferry.rules.expr.EvalContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceRulesTest {

  static final EvalContext CTX = new EvalContext(Clock.systemUTC(), ZoneOffset.UTC);

  static final RuleSets RULES =
      new RuleSets(
          Map.of("ba", new BlockAllowList(List.of("shop_*"), List.of(), List.of(), List.of())),
          Map.of(
              "merge",
              new RouteRule(
                  "shop_*",
                  "orders_*",
                  "shop",
                  "orders",
                  null,
                  null,
                  new Extraction("(\\d+)$", "src")),
              "schema",
              RouteRule.of("shop_*", null, "shop", null),
              "unused",
              RouteRule.of("x", null, "y", null)),
          Map.of(
              "no_truncate",
                  new BinlogFilterRule(
                      "shop_*", null, List.of("truncate table"), List.of(), FilterAction.ERROR),
              "no_delete",
                  new BinlogFilterRule(
                      "shop_*", "orders_*", List.of("delete"), List.of(), FilterAction.IGNORE),
              "global",
                  new BinlogFilterRule(
                      "*", null, List.of(), List.of("^CREATE\\s+SEQUENCE"), FilterAction.IGNORE)),
          Map.of(
              "neg",
              new ExpressionFilterRule("shop_1", "orders_1", "amount < 0", null, null, null)));

  static final RuleRefs REFS =
      new RuleRefs(
          "ba",
          List.of("merge", "schema"),
          List.of("no_truncate", "no_delete", "global"),
          List.of("neg"));

  static final SourceRules SOURCE = SourceRules.create(RULES, REFS, false, "mysql-02", CTX);

  @Test
  void answersMigrationAndRouting() {
    assertThat(SOURCE.migratesSchema("shop_1")).isTrue();
    assertThat(SOURCE.migratesSchema("mysql")).isFalse();
    assertThat(SOURCE.migratesTable(TableId.of("other", "t"))).isFalse();
    RouteDecision d = SOURCE.route(TableId.of("shop_1", "orders_7"));
    assertThat(d.target()).isEqualTo(TableId.of("shop", "orders"));
    assertThat(d.extraColumns()).containsExactly(new ExtractedColumn("src", "02"));
    assertThat(SOURCE.route(TableId.of("shop_1", "users")).target())
        .isEqualTo(TableId.of("shop", "users"));
    assertThat(SOURCE.routeSchema("shop_9").targetSchema()).isEqualTo("shop");
  }

  @ParameterizedTest(name = "{0}.{1} {2} -> {3}")
  @CsvSource({
    "shop_1, orders_1, INSERT, APPLY",
    "shop_1, orders_1, DELETE, SKIP_FILTERED",
    "shop_1, users, DELETE, APPLY",
    "other, orders_1, INSERT, SKIP_NOT_MIGRATED",
    "mysql, user, INSERT, SKIP_NOT_MIGRATED",
  })
  void decidesRowEvents(String schema, String table, EventType type, Outcome outcome) {
    assertThat(SOURCE.dml(TableId.of(schema, table), type).outcome()).isEqualTo(outcome);
  }

  @ParameterizedTest(name = "{3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "shop_1 | orders_1 | TRUNCATE_TABLE | TRUNCATE TABLE orders_1 | ERROR",
        "shop_1 | orders_1 | CREATE_TABLE | CREATE TABLE orders_1 (id INT) | APPLY",
        "shop_1 | '' | DROP_DATABASE | DROP DATABASE shop_1 | APPLY",
        "other | '' | CREATE_DATABASE | CREATE DATABASE other | SKIP_NOT_MIGRATED",
        "shop_1 | t | UNMAPPED | FLUSH PRIVILEGES | SKIP_BUILT_IN",
        "shop_1 | t | UNMAPPED | CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW SET @a=1 |"
            + " SKIP_BUILT_IN",
      })
  void decidesDdlInDmsOrder(
      String schema, String table, EventType type, String sql, Outcome outcome) {
    EventDecision d = SOURCE.ddl(schema, table, type, sql);
    assertThat(d.outcome()).isEqualTo(outcome);
    if (outcome == Outcome.ERROR) {
      assertThat(d.ruleName()).isEqualTo("no_truncate");
    }
  }

  @Test
  void unparsableStatementsAreDecidedByBuiltInSkipsAndGlobalSqlPatterns() {
    assertThat(SOURCE.unparsedStatement("create sequence s").outcome())
        .isEqualTo(Outcome.SKIP_FILTERED);
    assertThat(SOURCE.unparsedStatement("GRANT ALL ON *.* TO u").outcome())
        .isEqualTo(Outcome.SKIP_BUILT_IN);
    assertThat(SOURCE.unparsedStatement("SOMETHING ELSE").outcome()).isEqualTo(Outcome.APPLY);
  }

  @Test
  void filtersRowsWithExpressions() {
    TableId t = TableId.of("shop_1", "orders_1");
    assertThat(SOURCE.hasRowFilters(t)).isTrue();
    assertThat(SOURCE.filterInsert(t, Map.of("amount", -5)).dropped()).isTrue();
    assertThat(SOURCE.filterInsert(t, Map.of("amount", 5)).dropped()).isFalse();
    assertThat(SOURCE.filterDelete(t, Map.of("amount", -5)).dropped()).isFalse();
    assertThat(SOURCE.filterUpdate(t, Map.of("amount", -5), Map.of("amount", -5)).dropped())
        .isFalse();
  }

  @Test
  void missingOrInvalidRulesFailWithEveryProblem() {
    var refs = new RuleRefs("nope", List.of("merge", "missing"), List.of(), List.of());
    assertThatThrownBy(() -> SourceRules.create(RULES, refs, false, "s", CTX))
        .isInstanceOfSatisfying(
            RuleConfigException.class, e -> assertThat(e.problems()).hasSize(2));
  }

  @Test
  void noRulesMigrateEveryNonSystemTableUnchanged() {
    SourceRules none = SourceRules.create(RuleSets.empty(), RuleRefs.none(), false, "s", CTX);
    assertThat(none.migratesTable(TableId.of("a", "b"))).isTrue();
    assertThat(none.route(TableId.of("a", "b")).target()).isEqualTo(TableId.of("a", "b"));
    assertThat(none.dml(TableId.of("a", "b"), EventType.DELETE).outcome()).isEqualTo(Outcome.APPLY);
  }
}
