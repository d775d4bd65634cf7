package dev.ferry.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.rules.BinlogFilterRule;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.ExpressionFilterRule;
import dev.ferry.config.rules.Extraction;
import dev.ferry.config.rules.FilterAction;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.config.rules.TablePattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleValidatorTest {

  private static List<ConfigProblem> errors(RuleSets rules) {
    return RuleValidator.validate(rules, false).stream().filter(ConfigProblem::isError).toList();
  }

  private static List<String> paths(List<ConfigProblem> problems) {
    return problems.stream().map(ConfigProblem::path).toList();
  }

  private static RuleSets routes(Map<String, RouteRule> r) {
    return new RuleSets(Map.of(), r, Map.of(), Map.of());
  }

  @Test
  void validRulesHaveNoProblems() {
    var rules =
        new RuleSets(
            Map.of(
                "ba",
                new BlockAllowList(
                    List.of("shop*"),
                    List.of(new TablePattern("shop*", "~^o")),
                    List.of(),
                    List.of())),
            Map.of("r1", RouteRule.of("shop_*", "orders_*", "shop", "orders")),
            Map.of(
                "f1",
                new BinlogFilterRule(
                    "shop_*", null, List.of("truncate table"), List.of(), FilterAction.IGNORE)),
            Map.of(
                "e1", new ExpressionFilterRule("shop", "orders", "amount < 0", null, null, null)));
    assertThat(RuleValidator.validate(rules, false)).isEmpty();
  }

  @Test
  void blockAllowListProblemsNameTheEntry() {
    var ba =
        new BlockAllowList(
            List.of("ok", "a*b"),
            List.of(new TablePattern("db", "")),
            List.of("~(?!x)"),
            List.of());
    var problems = errors(new RuleSets(Map.of("ba", ba), Map.of(), Map.of(), Map.of()));
    assertThat(paths(problems))
        .containsExactly(
            "block-allow-list.ba.do-dbs[1]",
            "block-allow-list.ba.ignore-dbs[0]",
            "block-allow-list.ba.do-tables[0].tbl-name");
    assertThat(problems.get(0).message()).contains("last character");
    assertThat(problems.get(1).message()).contains("look-ahead");
    assertThat(problems).allSatisfy(p -> assertThat(p.fix()).isNotBlank());
  }

  @Test
  void routeProblems() {
    var bad =
        new RouteRule(
            "", "t*x", "", null, new Extraction("t_(", "c"), new Extraction("(.*)", ""), null);
    assertThat(paths(errors(routes(Map.of("r1", bad)))))
        .containsExactly(
            "routes.r1.schema-pattern",
            "routes.r1.table-pattern",
            "routes.r1.target-schema",
            "routes.r1.extract-table.table-regexp",
            "routes.r1.extract-schema.target-column");
  }

  @Test
  void routesWithIdenticalPatternsAtTheSameLevelAreErrors() {
    Map<String, RouteRule> r = new LinkedHashMap<>();
    r.put("a", RouteRule.of("shop_*", null, "x", null));
    r.put("b", RouteRule.of("SHOP_*", null, "y", null));
    r.put("c", RouteRule.of("shop_*", "t_[ab]", "x", "t"));
    r.put("d", RouteRule.of("shop_*", "t_[ba]", "y", "t"));
    r.put("e", RouteRule.of("shop_*", "t_*", "y", "t"));
    var problems = errors(routes(r));
    assertThat(paths(problems))
        .containsExactly("routes.b.schema-pattern", "routes.d.table-pattern");
    assertThat(problems.get(0).message()).contains("route a");
  }

  @Test
  void filterProblemsNameTheEventIndex() {
    var f =
        new BinlogFilterRule(
            "db", "t", List.of("insert", "truncate", "all dml"), List.of("(", "ok"), null);
    var problems = errors(new RuleSets(Map.of(), Map.of(), Map.of("f1", f), Map.of()));
    assertThat(paths(problems))
        .containsExactly("filters.f1.events[1]", "filters.f1.sql-pattern[0]", "filters.f1.action");
  }

  @Test
  void filtersWithIdenticalPatternsAreErrorsBecauseDmDropsTheSecond() {
    Map<String, BinlogFilterRule> f = new LinkedHashMap<>();
    f.put(
        "f1", new BinlogFilterRule("db", "t*", List.of("insert"), List.of(), FilterAction.IGNORE));
    f.put(
        "f2", new BinlogFilterRule("db", "t*", List.of("delete"), List.of(), FilterAction.IGNORE));
    assertThat(paths(errors(new RuleSets(Map.of(), Map.of(), f, Map.of()))))
        .containsExactly("filters.f2.schema-pattern");
  }

  @Test
  void expressionFilterProblems() {
    Map<String, ExpressionFilterRule> e = new LinkedHashMap<>();
    e.put("two_kinds", new ExpressionFilterRule("db", "t", "a = 1", null, null, "b = 1"));
    e.put("no_table", new ExpressionFilterRule("db", "", null, "a = 1", "a = 2", null));
    e.put("none", new ExpressionFilterRule("db", "t", null, null, null, null));
    e.put("syntax", new ExpressionFilterRule("db", "t", "a = = 1", null, null, null));
    var problems = errors(new RuleSets(Map.of(), Map.of(), Map.of(), e));
    assertThat(paths(problems))
        .containsExactly(
            "expression-filter.two_kinds",
            "expression-filter.no_table.table",
            "expression-filter.none",
            "expression-filter.syntax.insert-value-expr");
    assertThat(problems.get(3).message()).contains("position 5");
  }

  @Test
  void warnsAboutRulesThatAreValidButSurprising() {
    var rules =
        new RuleSets(
            Map.of("ba", new BlockAllowList(List.of("~^\\D+$"), List.of(), List.of(), List.of())),
            Map.of(),
            Map.of(
                "keep_nothing",
                    new BinlogFilterRule("db", null, List.of(), List.of(), FilterAction.DO),
                "tilde",
                    new BinlogFilterRule(
                        "~db", null, List.of("insert"), List.of(), FilterAction.IGNORE)),
            Map.of());
    var warnings = RuleValidator.validate(rules, false);
    assertThat(warnings).allSatisfy(p -> assertThat(p.isError()).isFalse());
    assertThat(paths(warnings))
        .containsExactlyInAnyOrder(
            "block-allow-list.ba.do-dbs[0]",
            "filters.keep_nothing.events",
            "filters.tilde.schema-pattern");
    assertThat(RuleValidator.validate(rules, true)).hasSize(2);
  }

  @Test
  void referencesMustExistAndNotRepeat() {
    var rules =
        new RuleSets(
            Map.of(), Map.of("r1", RouteRule.of("a", null, "b", null)), Map.of(), Map.of());
    var refs = new RuleRefs("nope", List.of("r1", "r2", "r1"), List.of("f"), List.of());
    assertThat(paths(RuleValidator.validateReferences(rules, refs, "sources[0]")))
        .containsExactly(
            "sources[0].block-allow-list",
            "sources[0].route-rules[1]",
            "sources[0].route-rules[2]",
            "sources[0].filter-rules[0]");
  }
}
