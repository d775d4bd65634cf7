package dev.ferry.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.TablePattern;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BlockAllowListFilterTest {

  /** DM docs' worked example (spec §5.3). */
  private static final BlockAllowList DM_EXAMPLE =
      new BlockAllowList(
          List.of("forum_backup_2018", "forum"),
          List.of(new TablePattern("logs", "~_2018$"), new TablePattern("~^forum.*", "messages")),
          List.of("~^forum_backup_"),
          List.of(new TablePattern("~.*", "^messages.*")));

  @ParameterizedTest(name = "{0}.{1} -> {2}")
  @CsvSource({
    "logs, messages_2016, false",
    "logs, messages_2017, false",
    "logs, messages_2018, false",
    "forum_backup_2016, messages, false",
    "forum_backup_2017, messages, false",
    "forum, users, false",
    "forum, messages, true",
    "forum_backup_2018, messages, true",
  })
  void dmWorkedExample(String schema, String table, boolean kept) {
    assertThat(BlockAllowListFilter.of(DM_EXAMPLE, false).allowsTable(schema, table))
        .isEqualTo(kept);
  }

  @Test
  void doDbsNonEmptyNeverConsultsIgnoreDbs() {
    var list = new BlockAllowList(List.of("shop*"), List.of(), List.of("shop_old"), List.of());
    var f = BlockAllowListFilter.of(list, false);
    assertThat(f.allowsSchema("shop_old")).isTrue();
    assertThat(f.allowsTable("shop_old", "orders")).isTrue();
    assertThat(f.allowsSchema("other")).isFalse();
  }

  @Test
  void ignoreDbsApplyWhenDoDbsIsEmpty() {
    var list = new BlockAllowList(List.of(), List.of(), List.of("shop_old", "~^tmp"), List.of());
    var f = BlockAllowListFilter.of(list, false);
    assertThat(f.allowsSchema("shop_old")).isFalse();
    assertThat(f.allowsSchema("tmp_x")).isFalse();
    assertThat(f.allowsTable("shop", "orders")).isTrue();
  }

  @Test
  void doTablesMatchKeepsTheTableWithoutLookingAtIgnoreTables() {
    var list =
        new BlockAllowList(
            List.of(),
            List.of(new TablePattern("shop", "orders")),
            List.of(),
            List.of(new TablePattern("shop", "orders")));
    assertThat(BlockAllowListFilter.of(list, false).allowsTable("shop", "orders")).isTrue();
  }

  @ParameterizedTest(name = "{0}.{1} -> {2}")
  @CsvSource({
    // do-tables set: only listed tables pass; ignore-tables cannot add or remove anything else
    "shop, orders, true",
    "shop, logs, false",
    "shop, tmp_1, false",
  })
  void doTablesSetMeansOnlyListedTablesPass(String schema, String table, boolean kept) {
    var list =
        new BlockAllowList(
            List.of(),
            List.of(new TablePattern("shop", "orders")),
            List.of(),
            List.of(new TablePattern("shop", "tmp_*")));
    assertThat(BlockAllowListFilter.of(list, false).allowsTable(schema, table)).isEqualTo(kept);
  }

  @ParameterizedTest(name = "{0}.{1} -> {2}")
  @CsvSource({"shop, tmp_1, false", "shop, orders, true", "other, tmp_1, true"})
  void ignoreTablesFilterWhenDoTablesIsEmpty(String schema, String table, boolean kept) {
    var list =
        new BlockAllowList(
            List.of(), List.of(), List.of(), List.of(new TablePattern("shop", "tmp_*")));
    assertThat(BlockAllowListFilter.of(list, false).allowsTable(schema, table)).isEqualTo(kept);
  }

  @Test
  void schemaLevelStatementsAreDecidedByTheSchemaRulesAlone() {
    var list =
        new BlockAllowList(
            List.of("shop"), List.of(new TablePattern("shop", "orders")), List.of(), List.of());
    var f = BlockAllowListFilter.of(list, false);
    assertThat(f.allowsTable("shop", "")).isTrue();
    assertThat(f.allowsSchema("shop")).isTrue();
    assertThat(f.allowsTable("shop", "users")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "mysql", "sys", "information_schema", "performance_schema", "metrics_schema",
        "inspection_schema", "dm_heartbeat", "MySQL", "INFORMATION_SCHEMA", "DM_HEARTBEAT"
      })
  void systemSchemasAreAlwaysExcluded(String schema) {
    var allowEverything = new BlockAllowList(List.of("*"), List.of(), List.of(), List.of());
    assertThat(BlockAllowListFilter.of(allowEverything, false).allowsTable(schema, "t")).isFalse();
    assertThat(BlockAllowListFilter.allowAll().allowsSchema(schema)).isFalse();
  }

  @Test
  void noBlockAllowListMigratesEveryNonSystemTable() {
    var f = BlockAllowListFilter.of(null, false);
    assertThat(f.allowsTable("anything", "t")).isTrue();
    assertThat(f.allowsTable("mysql", "user")).isFalse();
  }

  @Test
  void caseSensitiveTasksCompareExactly() {
    var list = new BlockAllowList(List.of("Shop"), List.of(), List.of(), List.of());
    assertThat(BlockAllowListFilter.of(list, true).allowsSchema("shop")).isFalse();
    assertThat(BlockAllowListFilter.of(list, false).allowsSchema("SHOP")).isTrue();
  }

  @Test
  void regexSchemaWithWildcardTableUsesAnyEntrysWildcardAsDmDoes() {
    // DM quirk: b.t1 is kept although only a's entry names t1.
    var list =
        new BlockAllowList(
            List.of(),
            List.of(new TablePattern("~^a$", "t1"), new TablePattern("~^b$", "t2")),
            List.of(),
            List.of());
    var f = BlockAllowListFilter.of(list, true);
    assertThat(f.allowsTable("b", "t1")).isTrue();
    assertThat(f.allowsTable("b", "t3")).isFalse();
    assertThat(f.allowsTable("c", "t1")).isFalse();
  }

  @Test
  void wildcardSchemaWithRegexTableMatchesOnlyItsOwnRegex() {
    var list =
        new BlockAllowList(
            List.of(),
            List.of(new TablePattern("a", "~^t1$"), new TablePattern("b", "~^t2$")),
            List.of(),
            List.of());
    var f = BlockAllowListFilter.of(list, true);
    assertThat(f.allowsTable("b", "t1")).isFalse();
    assertThat(f.allowsTable("b", "t2")).isTrue();
  }

  @Test
  void emptyEntriesAreRejected() {
    var list =
        new BlockAllowList(List.of(), List.of(new TablePattern("db", "")), List.of(), List.of());
    assertThatThrownBy(() -> BlockAllowListFilter.of(list, false))
        .isInstanceOf(InvalidPatternException.class);
  }
}
