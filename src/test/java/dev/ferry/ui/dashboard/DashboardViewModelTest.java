package dev.ferry.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.TablePhase;
import dev.ferry.engine.ProgressSnapshot;
import dev.ferry.ui.FakeRunningTask;
import dev.ferry.ui.common.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {

  private final FakeRunningTask task = new FakeRunningTask(1_200);
  private final DashboardViewModel vm =
      new DashboardViewModel(task, new CurrentThreadTaskExecutor());

  @Test
  void updatesRowsInPlaceFromEachSnapshot() {
    vm.refresh();
    assertThat(vm.rows()).hasSize(1_200);
    TableProgressRow first = vm.rows().get(0);
    long before = first.rowsDoneProperty().get();

    task.advance();
    task.advance();
    vm.refresh();

    assertThat(vm.rows()).hasSize(1_200);
    assertThat(vm.rows().get(0)).isSameAs(first);
    assertThat(first.rowsDoneProperty().get()).isGreaterThan(before);
    assertThat(first.phaseProperty().get()).isEqualTo(TablePhase.COPYING);
  }

  @Test
  void filtersByNameAndByProblems() {
    task.advance();
    task.advance();
    task.advance();
    task.advance();
    vm.refresh();
    vm.filterProperty().set("table_000");
    assertThat(vm.visibleRows()).hasSize(10);
    vm.filterProperty().set("");
    vm.onlyProblemsProperty().set(true);
    assertThat(vm.visibleRows())
        .extracting(TableProgressRow::sourceText)
        .containsExactly("mysql-01:shop_4.table_0003");
  }

  @Test
  void timelineMovesFromCopyToSyncAndShowsSyncState() {
    vm.refresh();
    assertThat(vm.steps())
        .extracting(s -> s.name() + " " + s.state())
        .containsExactly("Check DONE", "Copy ACTIVE", "Sync PENDING");
    for (int i = 0; i < 10; i++) {
      task.advance();
    }
    vm.refresh();
    assertThat(vm.steps())
        .extracting(s -> s.state().word())
        .containsExactly("done", "done", "running");
    assertThat(vm.sync().lagTextProperty().get()).endsWith("s lag");
    assertThat(vm.sync().positionsTextProperty().get()).contains("mysql-bin.000042:90211334");
    assertThat(vm.sync().safeModeTextProperty().get()).contains("ON");
    assertThat(vm.sync().lagPoints()).hasSize(1);
    assertThat(vm.events()).anyMatch(e -> e.contains("DUMPING → SYNCING"));
  }

  @Test
  void pauseAndResumeRespondAtOnce() {
    vm.refresh();
    assertThat(vm.canPauseProperty().get()).isTrue();
    assertThat(vm.canResumeProperty().get()).isFalse();
    vm.pause();
    assertThat(task.pauses).isEqualTo(1);
    assertThat(vm.canPauseProperty().get()).isFalse();
    assertThat(vm.stageTextProperty().get()).startsWith("Pausing");
    vm.refresh();
    assertThat(vm.steps())
        .extracting(s -> s.state().word())
        .containsExactly("done", "paused", "waiting");
    assertThat(vm.canResumeProperty().get()).isTrue();
    vm.resume();
    vm.refresh();
    assertThat(task.resumes).isEqualTo(1);
    assertThat(vm.canPauseProperty().get()).isTrue();
  }

  @Test
  void showsTheErrorWithItsActionAndKnowsDdlErrors() {
    task.error =
        new ProgressSnapshot.ErrorInfo(
            "FERRY-4002",
            "The target rejected the DDL ALTER TABLE ...",
            "Skip the statement or replace it.",
            false);
    task.active = false;
    vm.refresh();
    assertThat(vm.errorVisibleProperty().get()).isTrue();
    assertThat(vm.errorTitleProperty().get()).isEqualTo("FERRY-4002 — the task needs you");
    assertThat(vm.errorTextProperty().get()).contains("Fix: Skip the statement");
    assertThat(vm.ddlErrorProperty().get()).isTrue();
  }
}
