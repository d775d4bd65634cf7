package dev.ferry.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.TablePattern;
import dev.ferry.engine.SourceBrowser;
import dev.ferry.rules.BlockAllowListFilter;
import dev.ferry.rules.ExactName;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names with DM wildcard characters ({@code *}, {@code ?}, {@code [}, a leading {@code ~}) become
 * exact-match regexes, so the generated block-allow-list keeps exactly the ticked tables.
 */
class ObjectsExactNamesTest {

  private static final List<SourceBrowser.Table> CATALOG =
      List.of(
          table("shop", "orders"),
          table("shop", "orders*"),
          table("shop", "orders_2024"),
          table("shop", "t?1"),
          table("shop", "tx1"),
          table("shop", "t[1]"),
          table("shop", "t1"),
          table("shop", "~old"),
          table("shop", "old"),
          table("shop", "a.b$c^(d)|e+f{2}"),
          table("shop*", "a"),
          table("shop*", "b"),
          table("shop_x", "a"),
          table("shop_x", "b"),
          table("~x", "a"),
          table("x", "a"),
          table("x?", "a"),
          table("xy", "a"));

  @TempDir Path home;

  private static SourceBrowser.Table table(String schema, String name) {
    return new SourceBrowser.Table(schema, name, 10, 100);
  }

  private ObjectsPageViewModel objects() {
    WizardFixture f = new WizardFixture(home).connect();
    ObjectsPageViewModel o = f.wizard.objects();
    o.show(Map.of("mysql-01", CATALOG));
    return o;
  }

  private static void assertKeepsExactlyTheTicked(ObjectsPageViewModel o, BlockAllowList list) {
    for (boolean caseSensitive : new boolean[] {false, true}) {
      BlockAllowListFilter filter = BlockAllowListFilter.of(list, caseSensitive);
      for (TableNode t : o.tables()) {
        assertThat(filter.allows(t.table()))
            .as(t.table() + " with " + list + " (case-sensitive " + caseSensitive + ")")
            .isEqualTo(t.isSelected());
      }
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "orders|orders",
        "orders*|~^orders\\*$",
        "t?1|~^t\\?1$",
        "t[1]|~^t\\[1\\]$",
        "~old|~^~old$",
        "old.v2|old.v2"
      })
  void patternsAreTheNameOrAnEscapedRegex(String name, String pattern) {
    assertThat(ExactName.pattern(name)).isEqualTo(pattern);
  }

  @Test
  void everyRe2MetacharacterIsEscaped() {
    assertThat(ExactName.regex("a.b$c^(d)|e+f{2}\\g"))
        .isEqualTo("~^a\\.b\\$c\\^\\(d\\)\\|e\\+f\\{2\\}\\\\g$");
  }

  @Test
  void eachSingleTickedTableIsTheOnlyOneKept() {
    ObjectsPageViewModel o = objects();
    for (TableNode only : o.tables()) {
      o.tables().forEach(t -> t.selectedProperty().set(t == only));
      BlockAllowList list = o.blockAllowLists().get("mysql-01");
      assertKeepsExactlyTheTicked(o, list);
    }
  }

  @Test
  void wildcardNamesBecomeExactRegexRules() {
    ObjectsPageViewModel o = objects();
    o.tables()
        .forEach(
            t ->
                t.selectedProperty()
                    .set(
                        List.of("shop.orders*", "shop.t?1", "shop*.a", "~x.a")
                            .contains(t.table().toString())));
    BlockAllowList list = o.blockAllowLists().get("mysql-01");
    assertThat(list.doDbs()).containsExactlyInAnyOrder("shop", "~^shop\\*$", "~^~x$");
    assertThat(list.doTables())
        .containsExactlyInAnyOrder(
            new TablePattern("shop", "~^orders\\*$"),
            new TablePattern("shop", "~^t\\?1$"),
            new TablePattern("~^shop\\*$", "~^a$"), // a regex schema gets regex tables
            new TablePattern("~^~x$", "*")); // ~x has only table a: the whole schema
    assertKeepsExactlyTheTicked(o, list);
  }

  @Test
  void randomSelectionsKeepExactlyTheTickedTables() {
    ObjectsPageViewModel o = objects();
    Random random = new Random(4711);
    for (int round = 0; round < 300; round++) {
      int density = 1 + random.nextInt(4);
      o.tables().forEach(t -> t.selectedProperty().set(random.nextInt(density + 1) != 0));
      if (o.selectedCount() == 0) {
        continue;
      }
      assertKeepsExactlyTheTicked(o, o.blockAllowLists().get("mysql-01"));
    }
  }

  @Test
  void theRulesTextOfExactNamesReadsBackToTheSameSelection() {
    ObjectsPageViewModel o = objects();
    o.tables()
        .forEach(
            t ->
                t.selectedProperty()
                    .set(
                        List.of("shop.t[1]", "shop.~old", "shop*.a", "x?.a", "xy.a")
                            .contains(t.table().toString())));
    o.rulesModeProperty().set(true); // the ticks become editable lines
    assertThat(o.ruleLinesProperty().get()).contains("~^shop\\*$.~^a$");
    assertKeepsExactlyTheTicked(o, o.blockAllowLists().get("mysql-01"));
    assertThat(o.selectedCount()).isEqualTo(5);
  }
}
