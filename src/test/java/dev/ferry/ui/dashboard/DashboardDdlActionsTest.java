package dev.ferry.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.domain.Stage;
import dev.ferry.engine.DdlDecisions.PausedDdl;
import dev.ferry.engine.ProgressSnapshot;
import dev.ferry.ui.FakeRunningTask;
import dev.ferry.ui.common.CurrentThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error banner's actions: Skip/Replace DDL on a rejected DDL, Retry, Open log. */
class DashboardDdlActionsTest {

  private static final PausedDdl ALTER =
      new PausedDdl(
          "mysql-01",
          "mysql-bin.000003:4711",
          "ALTER TABLE shop.orders ADD UNIQUE KEY uq_customer (customer)",
          "ALTER TABLE `shop`.`orders` ADD UNIQUE KEY uq_customer (customer)",
          "Duplicate entry 'twin' for key 'uq_customer'");

  @TempDir Path home;

  private final FakeRunningTask task = new FakeRunningTask(3);
  private final List<Path> opened = new ArrayList<>();

  private DashboardViewModel vm(boolean canOpen) {
    return new DashboardViewModel(
        task,
        new CurrentThreadTaskExecutor(),
        folder -> {
          opened.add(folder);
          return canOpen;
        },
        home.resolve("logs"));
  }

  private void rejectDdl() {
    task.error =
        new ProgressSnapshot.ErrorInfo(
            "FERRY-4002",
            "The target rejected the DDL " + ALTER.targetSql() + ": " + ALTER.error(),
            "Skip the statement or replace it with SQL the target accepts, then resume.",
            false);
    task.stage = Stage.FAILED;
    task.active = false;
    task.paused.add(ALTER);
  }

  @Test
  void aRejectedDdlShowsItsStatementAndEnablesSkipAndReplace() {
    DashboardViewModel vm = vm(true);
    vm.refresh();
    assertThat(vm.canDecideDdlProperty().get()).isFalse();

    rejectDdl();
    vm.refresh();

    assertThat(vm.ddlErrorProperty().get()).isTrue();
    assertThat(vm.pausedDdlProperty().get()).isEqualTo(ALTER);
    assertThat(vm.canDecideDdlProperty().get()).isTrue();
    assertThat(vm.canResumeProperty().get()).as("Retry").isTrue();
    assertThat(vm.pausedDdlTextProperty().get())
        .contains("mysql-01 at mysql-bin.000003:4711")
        .contains("Statement: ALTER TABLE `shop`.`orders` ADD UNIQUE KEY uq_customer")
        .contains("Target said: Duplicate entry");
  }

  @Test
  void skipDecidesTheDdlThenResumes() {
    DashboardViewModel vm = vm(true);
    rejectDdl();
    vm.refresh();

    vm.skipDdl();

    assertThat(task.decisions).containsExactly("skip mysql-01");
    assertThat(task.resumes).isEqualTo(1);
    assertThat(vm.errorVisibleProperty().get()).isFalse();
    assertThat(vm.pausedDdlProperty().get()).isNull();
    assertThat(vm.canDecideDdlProperty().get()).isFalse();
    assertThat(vm.events()).anyMatch(e -> e.contains("DDL SKIPPED  mysql-01"));
    task.error = null;
    vm.refresh();
    assertThat(vm.activeProperty().get()).isTrue();
    assertThat(vm.canPauseProperty().get()).isTrue();
  }

  @Test
  void replaceRunsTheGivenStatementsThenResumes() {
    DashboardViewModel vm = vm(true);
    rejectDdl();
    vm.refresh();

    vm.replaceDdl(List.of("ALTER TABLE `shop`.`orders` ADD KEY k_customer (customer)", "SELECT 1"));

    assertThat(task.decisions)
        .containsExactly(
            "replace mysql-01: ALTER TABLE `shop`.`orders` ADD KEY k_customer (customer); SELECT 1");
    assertThat(task.resumes).isEqualTo(1);
    assertThat(vm.events()).anyMatch(e -> e.contains("DDL REPLACED  mysql-01: ALTER TABLE"));
  }

  @Test
  void severalPausedSourcesAreDecidedOneByOneAndOnlyTheLastDecisionResumes() {
    PausedDdl other =
        new PausedDdl(
            "mysql-02",
            "mysql-bin.000009:120",
            "ALTER TABLE shop.items ADD FULLTEXT KEY ft (note)",
            "ALTER TABLE `shop`.`items` ADD FULLTEXT KEY ft (note)",
            "FULLTEXT is not supported");
    DashboardViewModel vm = vm(true);
    rejectDdl();
    task.paused.add(other);
    vm.refresh();
    assertThat(vm.pausedDdlProperty().get()).isEqualTo(ALTER);
    assertThat(vm.pausedDdlTextProperty().get()).contains("mysql-01").contains("1 of 2 sources");

    vm.skipDdl();

    assertThat(task.decisions).containsExactly("skip mysql-01");
    assertThat(task.resumes).as("not before every source is decided").isZero();
    assertThat(vm.pausedDdlProperty().get()).isEqualTo(other);
    assertThat(vm.pausedDdlTextProperty().get())
        .contains("Source mysql-02 at mysql-bin.000009:120")
        .doesNotContain(" of ");
    assertThat(vm.errorVisibleProperty().get()).isTrue();
    assertThat(vm.canDecideDdlProperty().get()).isTrue();
    assertThat(vm.events())
        .anyMatch(e -> e.contains("DDL SKIPPED  mysql-01"))
        .anyMatch(e -> e.contains("1 more source(s) paused on a DDL"));
    vm.refresh();
    assertThat(vm.pausedDdlProperty().get()).as("kept while the task waits").isEqualTo(other);

    vm.replaceDdl(List.of("ALTER TABLE `shop`.`items` ADD KEY k_note (note)"));

    assertThat(task.decisions)
        .containsExactly(
            "skip mysql-01", "replace mysql-02: ALTER TABLE `shop`.`items` ADD KEY k_note (note)");
    assertThat(task.resumes).isEqualTo(1);
    assertThat(vm.errorVisibleProperty().get()).isFalse();
    assertThat(vm.pausedDdlProperty().get()).isNull();
  }

  @Test
  void replaceWithoutStatementsIsRefused() {
    DashboardViewModel vm = vm(true);
    rejectDdl();
    vm.refresh();
    assertThatThrownBy(() -> vm.replaceDdl(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> vm.replaceDdl(List.of("  ")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(task.decisions).isEmpty();
    assertThat(task.resumes).isZero();
  }

  @Test
  void aDdlDecidedElsewhereIsReportedAndNothingResumes() {
    DashboardViewModel vm = vm(true);
    rejectDdl();
    vm.refresh();
    task.paused.clear(); // e.g. `ferry ddl --skip` from a terminal

    vm.skipDdl();

    assertThat(task.resumes).isZero();
    assertThat(vm.events()).anyMatch(e -> e.contains("No rejected DDL is waiting any more"));
    assertThat(vm.canResumeProperty().get()).as("Retry stays possible").isTrue();
  }

  @Test
  void otherErrorsOfferRetryButNotSkipOrReplace() {
    DashboardViewModel vm = vm(true);
    task.error =
        new ProgressSnapshot.ErrorInfo("FERRY-4001", "The target rejected a row", "Fix it", false);
    task.active = false;
    task.stage = Stage.FAILED;
    task.paused.add(ALTER); // not consulted for other errors
    vm.refresh();
    assertThat(vm.ddlErrorProperty().get()).isFalse();
    assertThat(vm.pausedDdlProperty().get()).isNull();
    assertThat(vm.canDecideDdlProperty().get()).isFalse();
    assertThat(vm.canResumeProperty().get()).isTrue();
    vm.resume();
    assertThat(task.resumes).isEqualTo(1);
  }

  @Test
  void openLogOpensTheLogFolderOrShowsItsPath() {
    DashboardViewModel vm = vm(true);
    vm.openLog();
    assertThat(opened).containsExactly(home.resolve("logs"));
    assertThat(Files.isDirectory(home.resolve("logs"))).isTrue();
    assertThat(vm.logHintProperty().get()).isEqualTo("Opened " + home.resolve("logs"));

    DashboardViewModel headless = vm(false);
    headless.openLog();
    assertThat(headless.logHintProperty().get())
        .isEqualTo("The log files are in " + home.resolve("logs"));
  }

  @Test
  void theReplaceFormSplitsStatementsAndNeedsOne() {
    DdlReplacementForm form = new DdlReplacementForm(ALTER.targetSql() + "\n");
    assertThat(form.validProperty().get()).isTrue();
    assertThat(form.statements()).containsExactly(ALTER.targetSql());

    form.sqlProperty().set("  -- nothing but a comment;\n ; ");
    assertThat(form.validProperty().get()).isFalse();
    assertThat(form.errorProperty().get()).startsWith("Enter at least one SQL statement");

    form.sqlProperty()
        .set(
            "ALTER TABLE t ADD COLUMN note VARCHAR(10) DEFAULT 'a;b';\n"
                + "/* second; */ UPDATE t SET note = \"x;\" WHERE `we;ird` = 1;");
    assertThat(form.validProperty().get()).isTrue();
    assertThat(form.statements())
        .containsExactly(
            "ALTER TABLE t ADD COLUMN note VARCHAR(10) DEFAULT 'a;b'",
            "/* second; */ UPDATE t SET note = \"x;\" WHERE `we;ird` = 1");
    assertThat(form.summary()).startsWith("2 statements");
  }
}
