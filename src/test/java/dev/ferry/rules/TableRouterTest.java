package dev.ferry.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.config.rules.Extraction;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.domain.TableId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableRouterTest {

  /** Spec §6.2: rule1 {test_*, t_* → test.t} + rule2 {test_* → test}. */
  private static final TableRouter DM_EXAMPLE =
      TableRouter.of(
          routes(
              "rule1",
              RouteRule.of("test_*", "t_*", "test", "t"),
              "rule2",
              RouteRule.of("test_*", null, "test", null)),
          false,
          "mysql-01");

  private static Map<String, RouteRule> routes(Object... nameRule) {
    Map<String, RouteRule> m = new LinkedHashMap<>();
    for (int i = 0; i < nameRule.length; i += 2) {
      m.put((String) nameRule[i], (RouteRule) nameRule[i + 1]);
    }
    return m;
  }

  @ParameterizedTest(name = "{0}.{1} -> {2}.{3} by {4}")
  @CsvSource({
    "test_1, t_2, test, t, rule1",
    "test_1, other, test, other, rule2",
    "test_3, '', test, '', rule2",
    "prod, t_2, prod, t_2, ",
  })
  void dmExampleTableRulesBeatSchemaRules(
      String schema, String table, String targetSchema, String targetTable, String rule) {
    RouteDecision d = DM_EXAMPLE.route(schema, table);
    assertThat(d.isConflict()).isFalse();
    assertThat(d.targetSchema()).isEqualTo(targetSchema);
    assertThat(d.targetTable()).isEqualTo(targetTable);
    assertThat(d.ruleName()).isEqualTo(rule);
  }

  @Test
  void createDatabaseIsRoutedBySchemaRules() {
    assertThat(DM_EXAMPLE.routeSchema("test_3").targetSchema()).isEqualTo("test");
  }

  @Test
  void aTableOnlyMergeRuleDoesNotRouteCreateDatabase() {
    TableRouter r =
        TableRouter.of(routes("merge", RouteRule.of("test_*", "t_*", "test", "t")), false, "s");
    RouteDecision d = r.routeSchema("test_3");
    assertThat(d.targetSchema()).isEqualTo("test_3");
    assertThat(d.ruleName()).isNull();
  }

  @Test
  void twoMatchingTableRulesAreAConflictNamingBoth() {
    TableRouter r =
        TableRouter.of(
            routes(
                "wide", RouteRule.of("test_*", "t_*", "test", "t"),
                "bak", RouteRule.of("test_1_bak", "t_1_bak", "test", "t_bak")),
            false,
            "s");
    RouteDecision d = r.route(TableId.of("test_1_bak", "t_1_bak"));
    assertThat(d.isConflict()).isTrue();
    assertThat(d.conflictingRules()).containsExactly("wide", "bak");
    assertThat(d.conflictMessage()).contains("wide").contains("bak");
    assertThatThrownBy(d::target)
        .isInstanceOf(RouteConflictException.class)
        .hasMessageContaining("wide, bak");
    assertThat(r.route(TableId.of("test_2", "t_1")).target()).isEqualTo(TableId.of("test", "t"));
  }

  @Test
  void twoMatchingSchemaRulesAreAConflict() {
    TableRouter r =
        TableRouter.of(
            routes(
                "a",
                RouteRule.of("shop*", null, "x", null),
                "b",
                RouteRule.of("~^shop", null, "y", null)),
            false,
            "s");
    assertThat(r.routeSchema("shop1").conflictingRules()).containsExactly("a", "b");
    assertThat(r.route(TableId.of("shop1", "t")).isConflict()).isTrue();
  }

  @Test
  void aMatchingTableRuleHidesAmbiguousSchemaRules() {
    TableRouter r =
        TableRouter.of(
            routes(
                "a", RouteRule.of("shop*", null, "x", null),
                "b", RouteRule.of("~^shop", null, "y", null),
                "t", RouteRule.of("shop*", "orders", "z", "o")),
            true,
            "s");
    assertThat(r.route(TableId.of("shop1", "orders")).target()).isEqualTo(TableId.of("z", "o"));
    assertThat(r.route(TableId.of("shop1", "users")).isConflict()).isTrue();
  }

  @Test
  void aStarBeforeTheEndOfARoutePatternIsInvalid() {
    assertThatThrownBy(
            () -> TableRouter.of(routes("bad", RouteRule.of("shop*1", null, "y", null)), true, "s"))
        .isInstanceOf(InvalidPatternException.class);
  }

  @Test
  void emptyTargetTableKeepsTheSourceName() {
    TableRouter r =
        TableRouter.of(routes("r", RouteRule.of("s_*", "t_*", "merged", "")), false, "s");
    assertThat(r.route(TableId.of("s_1", "t_9")).target()).isEqualTo(TableId.of("merged", "t_9"));
  }

  @Test
  void regexPatternsRoute() {
    TableRouter r =
        TableRouter.of(
            routes("r", RouteRule.of("~^shard_\\d+$", "~^orders_", "shop", "orders")), false, "s");
    assertThat(r.route(TableId.of("SHARD_12", "orders_2024")).target())
        .isEqualTo(TableId.of("shop", "orders"));
    assertThat(r.route(TableId.of("shard_x", "orders_2024")).ruleName()).isNull();
  }

  @ParameterizedTest(name = "{0} on {1} -> ''{2}''")
  @CsvSource({
    "t_(.*), t_01, 01",
    "t_(.*), x_01, ''",
    "(\\w+)_(\\d+), shop_12, shop12",
    "t_(a)?(\\d+), t_7, 7",
    "no_groups, xno_groupsx, ''",
  })
  void extractValueIsAllCaptureGroupsOfTheFirstMatchJoined(
      String regex, String input, String value) {
    assertThat(TableRouter.extractValue(GoRegex.compile(regex, false), input)).isEqualTo(value);
  }

  @Test
  void extractColumnsComeFromTheDecidingRuleInDmOrder() {
    RouteRule rule =
        new RouteRule(
            "Shop_*",
            "Orders_*",
            "shop",
            "orders",
            new Extraction("Orders_(.*)", "c_table"),
            new Extraction("Shop_(.*)", "c_schema"),
            new Extraction("mysql-(\\d+)", "c_source"));
    TableRouter r = TableRouter.of(Map.of("r", rule), false, "mysql-07");
    RouteDecision d = r.route(TableId.of("Shop_eu", "Orders_2024"));
    assertThat(d.extraColumns())
        .containsExactly(
            new ExtractedColumn("c_table", "2024"),
            new ExtractedColumn("c_schema", "eu"),
            new ExtractedColumn("c_source", "07"));
    // Extraction regexes match the original names case-sensitively, as in DM.
    assertThat(r.route(TableId.of("shop_eu", "orders_2024")).extraColumns())
        .extracting(ExtractedColumn::value)
        .containsExactly("", "", "07");
  }

  @Test
  void noRulesKeepNames() {
    TableRouter r = TableRouter.of(Map.of(), false, "s");
    assertThat(r.route(TableId.of("a", "b")).target()).isEqualTo(TableId.of("a", "b"));
    assertThat(r.route(TableId.of("a", "b")).extraColumns()).isEqualTo(List.of());
  }
}
