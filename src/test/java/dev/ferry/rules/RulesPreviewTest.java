package dev.ferry.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TableId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesPreviewTest {

  static final RuleSets RULES =
      new RuleSets(
          Map.of("ba", new BlockAllowList(List.of("shop_*"), List.of(), List.of(), List.of())),
          Map.of(
              "merge", RouteRule.of("shop_*", "orders_*", "shop", "orders"),
              "wide", RouteRule.of("shop_*", "*", "shop", "all"),
              "bak", RouteRule.of("shop_*", "~_bak$", "bak", null)),
          Map.of(),
          Map.of());

  static SourceTables source(String id, List<String> routes, TableId... tables) {
    return new SourceTables(id, new RuleRefs("ba", routes, List.of(), List.of()), List.of(tables));
  }

  @Test
  void showsMigrationAndTargetPerTable() {
    PreviewResult r =
        RulesPreview.preview(
            RULES,
            false,
            ShardMode.PESSIMISTIC,
            List.of(
                source(
                    "s1",
                    List.of("merge"),
                    TableId.of("shop_1", "orders_1"),
                    TableId.of("shop_1", "users"),
                    TableId.of("crm", "x"))));
    assertThat(r.tables())
        .extracting(TablePreview::migrated, TablePreview::target, TablePreview::routeRule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(true, TableId.of("shop", "orders"), "merge"),
            org.assertj.core.groups.Tuple.tuple(true, TableId.of("shop_1", "users"), null),
            org.assertj.core.groups.Tuple.tuple(false, null, null));
    assertThat(r.hasConflicts()).isFalse();
  }

  @Test
  void twoSourceTablesOnOneTargetWithoutShardModeIsAConflict() {
    var sources =
        List.of(
            source(
                "s1",
                List.of("merge"),
                TableId.of("shop_1", "orders_1"),
                TableId.of("shop_1", "orders_2")),
            source("s2", List.of("merge"), TableId.of("shop_2", "orders_1")));
    PreviewResult r = RulesPreview.preview(RULES, false, ShardMode.NONE, sources);
    assertThat(r.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(PreviewConflict.Kind.MERGE_WITHOUT_SHARD_MODE);
              assertThat(c.target()).isEqualTo(TableId.of("shop", "orders"));
              assertThat(c.sources()).hasSize(3);
              assertThat(c.ruleNames()).containsExactly("merge");
              assertThat(c.message()).contains("shard mode");
            });
    assertThat(RulesPreview.preview(RULES, false, ShardMode.OPTIMISTIC, sources).hasConflicts())
        .isFalse();
  }

  @Test
  void sameNamedTablesOnTwoSourcesWithoutRoutesAlsoMerge() {
    var sources =
        List.of(
            source("s1", List.of(), TableId.of("shop_1", "t")),
            source("s2", List.of(), TableId.of("SHOP_1", "T")));
    assertThat(RulesPreview.preview(RULES, false, ShardMode.NONE, sources).conflicts()).hasSize(1);
    assertThat(RulesPreview.preview(RULES, true, ShardMode.NONE, sources).conflicts()).isEmpty();
  }

  @Test
  void ambiguousRoutesAreReportedWithBothRuleNames() {
    PreviewResult r =
        RulesPreview.preview(
            RULES,
            false,
            ShardMode.PESSIMISTIC,
            List.of(
                source(
                    "s1",
                    List.of("wide", "bak"),
                    TableId.of("shop_1", "orders_bak"),
                    TableId.of("shop_1", "users"))));
    assertThat(r.tables().get(0).migrated()).isFalse();
    assertThat(r.tables().get(0).conflict()).contains("wide").contains("bak");
    assertThat(r.conflicts())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(PreviewConflict.Kind.AMBIGUOUS_ROUTE);
              assertThat(c.ruleNames()).containsExactly("wide", "bak");
            });
    assertThat(r.tables().get(1).target()).isEqualTo(TableId.of("shop", "all"));
  }
}
