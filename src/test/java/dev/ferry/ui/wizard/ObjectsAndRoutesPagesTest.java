package dev.ferry.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.TablePattern;
import dev.ferry.domain.ShardMode;
import dev.ferry.rules.BlockAllowListFilter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Objects page (tree → block-allow-list) and Routes page (rules → live preview). */
class ObjectsAndRoutesPagesTest {

  @TempDir Path home;

  @Test
  void objectsPageNeedsTheTablesBeforeNext() {
    WizardFixture f = new WizardFixture(home).connect();
    assertThat(f.wizard.objects().isValid()).isFalse();
    assertThat(f.wizard.objects().pageMessageProperty().get()).contains("Reload");
    f.wizard.objects().load();
    assertThat(f.wizard.objects().tables()).hasSize(6);
    assertThat(f.wizard.objects().isValid()).isTrue();
  }

  @Test
  void theGeneratedListKeepsExactlyTheTickedTablesUnderDmRules() {
    WizardFixture f = new WizardFixture(home).withTables();
    ObjectsPageViewModel o = f.wizard.objects();
    BlockAllowList all = o.blockAllowLists().get("mysql-01");
    assertThat(all.doDbs()).containsExactly("crm", "shop_01", "shop_02");
    assertThat(all.doTables()).isEmpty();

    o.tables().stream()
        .filter(t -> t.table().schema().equals("crm") && t.table().table().equals("contacts"))
        .forEach(t -> t.selectedProperty().set(false));

    BlockAllowList list = o.blockAllowLists().get("mysql-01");
    assertThat(list.doDbs()).containsExactly("shop_01", "shop_02", "crm");
    assertThat(list.doTables())
        .containsExactly(
            new TablePattern("shop_01", "*"),
            new TablePattern("shop_02", "*"),
            new TablePattern("crm", "users"));
    BlockAllowListFilter filter = BlockAllowListFilter.of(list, false);
    for (TableNode t : o.tables()) {
      assertThat(filter.allows(t.table())).as(t.table().toString()).isEqualTo(t.isSelected());
    }
    assertThat(o.rulesTextProperty().get())
        .contains("ba-mysql-01:")
        .contains("tbl-name: \"users\"");
    assertThat(f.wizard.toTaskConfig().sources().get(0).rules().blockAllowList())
        .isEqualTo("ba-mysql-01");
  }

  @Test
  void nothingTickedIsAnErrorAndNeverMeansEverything() {
    WizardFixture f = new WizardFixture(home).withTables();
    f.wizard.objects().selectMatching(false);
    assertThat(f.wizard.objects().isValid()).isFalse();
    assertThat(f.wizard.objects().pageMessageProperty().get())
        .isEqualTo("Tick at least one table.");
    assertThat(f.wizard.objects().blockAllowLists().get("mysql-01").ignoreDbs())
        .containsExactly("*");
  }

  @Test
  void searchMatchesSchemaOrTableAndTicksOnlyMatches() {
    WizardFixture f = new WizardFixture(home).withTables();
    ObjectsPageViewModel o = f.wizard.objects();
    o.selectMatching(false);
    o.searchProperty().set("ORDERS");
    o.selectMatching(true);
    assertThat(o.selectedTables().get("mysql-01"))
        .extracting(Object::toString)
        .containsExactly("shop_01.orders", "shop_02.orders");
    assertThat(o.selectedRows()).isEqualTo(4_750_000);
  }

  @Test
  void previewShowsEveryTickedTableWithItsTarget() {
    WizardFixture f = new WizardFixture(home).withTables();
    f.wizard.routes().refresh();
    assertThat(f.wizard.routes().preview())
        .hasSize(6)
        .allMatch(r -> r.status() == PreviewRow.Status.SAME_NAME);

    RouteRow r = f.wizard.routes().add();
    r.schemaPatternProperty().set("crm");
    r.targetSchemaProperty().set("crm_archive");

    assertThat(f.wizard.routes().preview())
        .filteredOn(p -> p.source().startsWith("crm."))
        .allMatch(
            p -> p.status() == PreviewRow.Status.RENAMED && p.target().startsWith("crm_archive."));
    assertThat(f.wizard.routes().isValid()).isTrue();
  }

  @Test
  void mergingShardsIsAConflictUntilAShardModeIsChosen() {
    WizardFixture f = new WizardFixture(home).withTables();
    RoutesPageViewModel routes = f.wizard.routes();
    RouteRow schema = routes.add();
    schema.schemaPatternProperty().set("shop_*");
    schema.targetSchemaProperty().set("shop");
    RouteRow table = routes.add();
    table.schemaPatternProperty().set("shop_*");
    table.tablePatternProperty().set("orders");
    table.targetSchemaProperty().set("shop");
    table.targetTableProperty().set("orders");

    assertThat(routes.mergeFoundProperty().get()).isTrue();
    assertThat(routes.preview())
        .filteredOn(p -> p.status() == PreviewRow.Status.CONFLICT)
        .hasSize(4);
    assertThat(routes.isValid()).isFalse();
    assertThat(routes.pageMessageProperty().get()).contains("choose a shard mode");

    routes.useShardMode(ShardMode.PESSIMISTIC);

    assertThat(f.wizard.project().shardModeProperty().get()).isEqualTo(ShardMode.PESSIMISTIC);
    assertThat(routes.preview()).filteredOn(p -> p.status() == PreviewRow.Status.MERGED).hasSize(4);
    assertThat(routes.isValid()).isTrue();
    assertThat(f.wizard.toTaskConfig().shardMode()).isEqualTo(ShardMode.PESSIMISTIC);
  }

  @Test
  void invalidRulesAreShownOnTheirRow() {
    WizardFixture f = new WizardFixture(home).withTables();
    RouteRow r = f.wizard.routes().add();
    assertThat(r.errorProperty().get()).isEqualTo("Enter a schema pattern, e.g. shop_*.");
    r.schemaPatternProperty().set("~shop_(");
    r.targetSchemaProperty().set("shop");
    assertThat(r.errorProperty().get()).isNotEmpty();
    assertThat(f.wizard.routes().isValid()).isFalse();
    f.wizard.routes().remove(r);
    assertThat(f.wizard.routes().isValid()).isTrue();
    assertThat(f.wizard.toTaskConfig().rules().routes()).isEmpty();
    assertThat(List.copyOf(f.wizard.routes().routes())).isEmpty();
  }

  @Test
  void rulesCanBeWrittenByHandAndTickTheTablesTheySelect() {
    WizardFixture f = new WizardFixture(home).withTables();
    ObjectsPageViewModel o = f.wizard.objects();
    o.tables().stream()
        .filter(t -> t.table().schema().equals("crm"))
        .forEach(t -> t.selectedProperty().set(false));
    o.rulesModeProperty().set(true);
    assertThat(o.ruleLinesProperty().get()).isEqualTo("shop_01\nshop_02\n");

    o.ruleLinesProperty().set("shop_*\ncrm.users\n");

    assertThat(o.selectedTables().get("mysql-01"))
        .extracting(Object::toString)
        .containsExactly(
            "crm.users",
            "shop_01.customers",
            "shop_01.orders",
            "shop_02.customers",
            "shop_02.orders");
    BlockAllowList list = f.wizard.toTaskConfig().rules().blockAllowList().get("ba-mysql-01");
    assertThat(list.doDbs()).containsExactly("shop_*", "crm");
    assertThat(list.doTables())
        .containsExactly(new TablePattern("shop_*", "*"), new TablePattern("crm", "users"));
    assertThat(o.isValid()).isTrue();

    o.ruleLinesProperty().set("!shop_02\n");
    assertThat(o.isValid()).isTrue();
    assertThat(o.selectedTables().get("mysql-01"))
        .extracting(Object::toString)
        .containsExactly("crm.contacts", "crm.users", "shop_01.customers", "shop_01.orders");

    o.ruleLinesProperty().set("shop_*\n!shop_02.customers\n");
    assertThat(o.isValid()).isFalse();
    assertThat(o.pageMessageProperty().get()).contains("not both");
    o.ruleLinesProperty().set("# nothing\n");
    assertThat(o.pageMessageProperty().get()).contains("at least one line");
    o.ruleLinesProperty().set("~shop_(\n");
    assertThat(o.isValid()).isFalse();
  }
}
