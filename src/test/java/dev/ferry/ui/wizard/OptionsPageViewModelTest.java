package dev.ferry.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.LoadOptions;
import dev.ferry.config.LoadOptions.OnExistingTable;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.project.Project;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Options page's "Existing target tables" choice. */
class OptionsPageViewModelTest {

  @TempDir Path home;

  @Test
  void existingTablesDefaultsToFailAndEveryChoiceIsExplainedInOneLine() {
    OptionsPageViewModel o = new OptionsPageViewModel();
    assertThat(o.existingTablesProperty().get()).isEqualTo(OnExistingTable.FAIL);
    assertThat(o.loadOptions().onExistingTable()).isEqualTo(OnExistingTable.FAIL);
    for (OnExistingTable e : OnExistingTable.values()) {
      assertThat(OptionsPageViewModel.label(e)).isNotBlank();
      assertThat(OptionsPageViewModel.explain(e)).isNotBlank().doesNotContain("\n");
    }
    assertThat(OptionsPageViewModel.explain(OnExistingTable.FAIL)).contains("untouched");
    assertThat(OptionsPageViewModel.explain(OnExistingTable.RECREATE)).contains("Drops");
  }

  @Test
  void theChoiceAppliesToEverySourceAndKeepsTheOtherLoadOptions() {
    WizardFixture f = new WizardFixture(home).withTables();
    f.wizard.sources().add().connection().hostProperty().set("db2");
    f.wizard.options().existingTablesProperty().set(OnExistingTable.APPEND);
    assertThat(f.wizard.toTaskConfig().sources())
        .hasSize(2)
        .allSatisfy(
            s -> {
              assertThat(s.load().onExistingTable()).isEqualTo(OnExistingTable.APPEND);
              assertThat(s.load().onDuplicate()).isEqualTo(LoadOptions.OnDuplicate.REPLACE);
              assertThat(s.load().deferSecondaryIndexes()).isTrue();
            });
  }

  @Test
  void aLoadedProjectShowsItsValue() {
    WizardFixture f = new WizardFixture(home).withTables();
    f.wizard.options().existingTablesProperty().set(OnExistingTable.RECREATE);
    TaskConfig task = f.wizard.toTaskConfig();
    SourceConfig s = task.sources().get(0);
    assertThat(s.load().onExistingTable()).isEqualTo(OnExistingTable.RECREATE);

    WizardFixture g = new WizardFixture(home);
    g.wizard.load(new Project(UUID.randomUUID(), Instant.EPOCH, Instant.EPOCH, task), home.resolve("x.ferry"));
    assertThat(g.wizard.options().existingTablesProperty().get()).isEqualTo(OnExistingTable.RECREATE);
    assertThat(g.wizard.toTaskConfig().sources().get(0).load().onExistingTable())
        .isEqualTo(OnExistingTable.RECREATE);
  }

  @Test
  void notesThatOnlineDdlRunsAreNotReplayedUnlessOnlineDdlIsOff() {
    OptionsPageViewModel o = new OptionsPageViewModel();
    var note = o.onlineDdlNote();
    assertThat(o.onlineDdlProperty().get()).isEqualTo(OnlineDdlChoice.BOTH);
    assertThat(note.get())
        .isEqualTo(
            "Replaying gh-ost/pt-osc runs as their ALTER is not supported yet — see the precheck.");
    for (OnlineDdlChoice c : OnlineDdlChoice.values()) {
      o.onlineDdlProperty().set(c);
      assertThat(note.get())
          .as(c.name())
          .isEqualTo(c == OnlineDdlChoice.OFF ? "" : OptionsPageViewModel.ONLINE_DDL_NOTE);
    }
  }
}
