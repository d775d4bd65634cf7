package dev.ferry.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.DumpOptions;
import dev.ferry.config.rules.FilterAction;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiltersAndOptionsPagesTest {

  @TempDir Path home;

  @Test
  void archivePresetIgnoresTruncateAndDropOnce() {
    WizardFixture f = new WizardFixture(home).withTables();
    f.wizard.filters().addArchivePreset();
    f.wizard.filters().addArchivePreset();

    var rules = f.wizard.toTaskConfig().rules().filters();
    assertThat(rules)
        .containsOnlyKeys(
            FiltersPageViewModel.ARCHIVE_TABLES, FiltersPageViewModel.ARCHIVE_SCHEMAS);
    assertThat(rules.get(FiltersPageViewModel.ARCHIVE_TABLES).events())
        .contains("truncate table", "drop table");
    assertThat(rules.get(FiltersPageViewModel.ARCHIVE_SCHEMAS).events())
        .containsExactly("drop database");
    assertThat(rules.values()).allMatch(r -> r.action() == FilterAction.IGNORE);
    assertThat(f.wizard.toTaskConfig().sources().get(0).rules().filterRules())
        .containsExactly(FiltersPageViewModel.ARCHIVE_TABLES, FiltersPageViewModel.ARCHIVE_SCHEMAS);
    assertThat(f.wizard.filters().isValid()).isTrue();
  }

  @Test
  void aFilterNeedsEventsOrSqlPatterns() {
    WizardFixture f = new WizardFixture(home).withTables();
    FilterRow row = f.wizard.filters().addFilter();
    assertThat(row.errorProperty().get()).contains("Tick at least one event type");
    row.events().add("delete");
    assertThat(row.errorProperty().get()).isEmpty();
    row.sqlPatternsProperty().set("^ALTER TABLE .* ADD (");
    assertThat(row.errorProperty().get()).isNotEmpty();
    assertThat(f.wizard.filters().isValid()).isFalse();
  }

  @Test
  void expressionSyntaxIsCheckedWhileTyping() {
    WizardFixture f = new WizardFixture(home).withTables();
    ExpressionRow e = f.wizard.filters().addExpression();
    e.schemaProperty().set("crm");
    e.tableProperty().set("users");
    e.expressionProperty().set("status = 'deleted' AND (");
    assertThat(e.errorProperty().get()).startsWith("Syntax error at character");
    assertThat(f.wizard.filters().isValid()).isFalse();

    e.expressionProperty().set("status = 'deleted'");
    assertThat(e.errorProperty().get()).isEmpty();
    assertThat(f.wizard.toTaskConfig().rules().expressionFilters().get("expr-1").insertValueExpr())
        .isEqualTo("status = 'deleted'");
  }

  @Test
  void optionsValidateNumbersAndApplyToEverySource() {
    WizardFixture f = new WizardFixture(home).withTables();
    f.wizard.sources().add().connection().hostProperty().set("db2");
    OptionsPageViewModel o = f.wizard.options();
    o.dumpThreadsProperty().set("0");
    assertThat(o.errors().get(OptionsPageViewModel.DUMP_THREADS))
        .startsWith("Enter a whole number from 1");
    assertThat(o.isValid()).isFalse();

    o.dumpThreadsProperty().set("8");
    o.batchProperty().set("500");
    o.safeModeProperty().set(true);
    o.consistencyProperty().set(DumpOptions.Consistency.LOCK);
    assertThat(o.isValid()).isTrue();
    assertThat(f.wizard.toTaskConfig().sources())
        .allSatisfy(
            s -> {
              assertThat(s.dump().threads()).isEqualTo(8);
              assertThat(s.dump().consistency()).isEqualTo(DumpOptions.Consistency.LOCK);
              assertThat(s.sync().batch()).isEqualTo(500);
              assertThat(s.sync().safeMode()).isTrue();
            });
  }

  @Test
  void onlineDdlChoicesMapToShadowAndTrashRules() {
    OptionsPageViewModel o = new OptionsPageViewModel();
    o.onlineDdlProperty().set(OnlineDdlChoice.OFF);
    assertThat(o.onlineDdlConfig().enabled()).isFalse();
    o.onlineDdlProperty().set(OnlineDdlChoice.GH_OST);
    assertThat(o.onlineDdlConfig().shadowTableRules()).containsExactly("^_(.+)_gho$");
    assertThat(OnlineDdlChoice.of(o.onlineDdlConfig())).isEqualTo(OnlineDdlChoice.GH_OST);
    o.onlineDdlProperty().set(OnlineDdlChoice.CUSTOM);
    o.shadowRulesProperty().set("");
    o.showProblems(java.util.List.of());
    assertThat(o.errors().get(OptionsPageViewModel.ONLINE_DDL)).contains("shadow table rule");
  }
}
