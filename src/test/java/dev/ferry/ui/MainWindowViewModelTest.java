package dev.ferry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.project.Project;
import dev.ferry.domain.Stage;
import dev.ferry.service.RecentProjects;
import dev.ferry.service.ResumableTask;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {

  @TempDir Path home;

  @Test
  void startsReadyWithTheRememberedProjects() {
    new RecentProjects(home).add(home.resolve("shop.ferry"));
    MainWindowViewModel vm = new UiFixture(home).viewModel;
    assertThat(vm.titleProperty().get()).isEqualTo("Ferry");
    assertThat(vm.statusProperty().get()).isEqualTo("Ready");
    assertThat(vm.recentProjects()).containsExactly(home.resolve("shop.ferry"));
    assertThat(vm.versionText()).startsWith("Ferry ");
    assertThat(vm.screenProperty().get()).isEqualTo(MainWindowViewModel.Screen.START);
  }

  @Test
  void newProjectOpensTheWizardAndTheTitleShowsUnsavedChanges() {
    MainWindowViewModel vm = new UiFixture(home).viewModel;
    vm.newProject();
    assertThat(vm.screenProperty().get()).isEqualTo(MainWindowViewModel.Screen.WIZARD);
    assertThat(vm.titleProperty().get()).isEqualTo("Ferry — Untitled project");
    assertThat(vm.hasUnsavedChanges()).isFalse();
    vm.wizardProperty().get().project().nameProperty().set("x");
    assertThat(vm.titleProperty().get()).isEqualTo("Ferry — Untitled project *");
    assertThat(vm.hasUnsavedChanges()).isTrue();
    assertThat(vm.needsFileName()).isTrue();
  }

  @Test
  void saveAddsTheExtensionAndOpenShowsTheProjectInTheWizard() {
    UiFixture f = new UiFixture(home);
    MainWindowViewModel vm = f.viewModel;
    vm.newProject();
    vm.wizardProperty().get().project().nameProperty().set("shop");
    vm.save(home.resolve("shop"), () -> {});
    assertThat(home.resolve("shop.ferry")).exists();
    assertThat(vm.titleProperty().get()).isEqualTo("Ferry — shop.ferry");
    assertThat(vm.recentProjects()).containsExactly(home.resolve("shop.ferry"));

    MainWindowViewModel other = new UiFixture(home).viewModel;
    other.openProject(home.resolve("shop.ferry"));
    assertThat(other.wizardProperty().get().project().nameProperty().get()).isEqualTo("shop");
    assertThat(other.hasUnsavedChanges()).isFalse();
  }

  @Test
  void openingABrokenFileSaysWhy() {
    MainWindowViewModel vm = new UiFixture(home).viewModel;
    vm.openProject(home.resolve("missing.ferry"));
    assertThat(vm.statusProperty().get()).startsWith("✗").contains("missing.ferry");
    assertThat(vm.screenProperty().get()).isEqualTo(MainWindowViewModel.Screen.START);
    vm.openProject(null);
    assertThat(vm.statusProperty().get()).isEqualTo("Open cancelled.");
  }

  @Test
  void resumeOpensTheProjectRunsItAndShowsTheDashboard() throws Exception {
    UiFixture f = new UiFixture(home);
    Project p =
        Project.create(
            new dev.ferry.ui.wizard.WizardViewModel(
                    new dev.ferry.ui.common.CurrentThreadTaskExecutor(), f.projects, f.servers)
                .toTaskConfig());
    Path file = home.resolve("r.ferry");
    f.projects.save(p, file);
    ResumableTask t = new ResumableTask(UUID.randomUUID(), "r", file, Stage.SYNCING, Instant.now());
    f.resumable.add(t);
    MainWindowViewModel vm =
        new MainWindowViewModel(
            new RecentProjects(home),
            f.projects,
            f.servers,
            (project, path) -> new FakeRunningTask(3),
            () -> java.util.List.of(t),
            new dev.ferry.ui.common.CurrentThreadTaskExecutor(),
            () -> {});
    assertThat(vm.resumableTasks()).containsExactly(t);
    vm.resume(t);
    assertThat(vm.screenProperty().get()).isEqualTo(MainWindowViewModel.Screen.DASHBOARD);
    assertThat(vm.titleProperty().get()).isEqualTo("Ferry — shop-to-tidb");
  }

  @Test
  void aTaskThatCannotStartSaysWhyAndStaysInTheWizard() {
    UiFixture f = new UiFixture(home);
    MainWindowViewModel vm =
        new MainWindowViewModel(
            new RecentProjects(home),
            f.projects,
            f.servers,
            dev.ferry.service.TaskRunner.unavailable(),
            java.util.List::of,
            new dev.ferry.ui.common.CurrentThreadTaskExecutor(),
            () -> {});
    vm.newProject();
    vm.start(vm.wizardProperty().get().toProject());
    assertThat(vm.statusProperty().get())
        .startsWith("✗ Cannot start")
        .contains("not available in this build");
    assertThat(vm.screenProperty().get()).isEqualTo(MainWindowViewModel.Screen.WIZARD);
  }

  @Test
  void openingAProjectWhoseTaskHasStateShowsItsDashboard() throws Exception {
    UiFixture f = new UiFixture(home);
    Path file = home.resolve("known.ferry");
    f.projects.save(
        Project.create(
            new dev.ferry.ui.wizard.WizardViewModel(
                    new dev.ferry.ui.common.CurrentThreadTaskExecutor(), f.projects, f.servers)
                .toTaskConfig()),
        file);
    dev.ferry.service.TaskRunner runner =
        new dev.ferry.service.TaskRunner() {
          @Override
          public dev.ferry.service.RunningTask start(Project project, Path path) {
            throw new AssertionError("not started");
          }

          @Override
          public java.util.Optional<dev.ferry.service.RunningTask> stored(
              Project project, Path path) {
            return java.util.Optional.of(new FakeRunningTask(2));
          }
        };
    MainWindowViewModel vm =
        new MainWindowViewModel(
            new RecentProjects(home),
            f.projects,
            f.servers,
            runner,
            java.util.List::of,
            new dev.ferry.ui.common.CurrentThreadTaskExecutor(),
            () -> {});
    vm.openProject(file);
    assertThat(vm.screenProperty().get()).isEqualTo(MainWindowViewModel.Screen.DASHBOARD);
    assertThat(vm.wizardProperty().get()).isNotNull(); // "Project…" goes back to the wizard
    vm.showWizard();
    assertThat(vm.screenProperty().get()).isEqualTo(MainWindowViewModel.Screen.WIZARD);
  }

  @Test
  void theStatusBarFollowsTheStageOfTheTaskOnTheDashboard() {
    UiFixture f = new UiFixture(home);
    MainWindowViewModel vm = f.viewModel;
    FakeRunningTask task = new FakeRunningTask(3);
    vm.showDashboard(task);
    var d = vm.dashboardProperty().get();
    d.refresh();
    assertThat(vm.statusProperty().get()).isEqualTo("Running shop-to-tidb.");

    task.pause();
    d.refresh();
    assertThat(vm.statusProperty().get())
        .isEqualTo("‖ shop-to-tidb is paused. Resume continues it from its checkpoints.");

    task.error =
        new dev.ferry.engine.ProgressSnapshot.ErrorInfo(
            "FERRY-4002", "The target rejected the DDL", "Skip or replace it", false);
    d.refresh();
    assertThat(vm.statusProperty().get())
        .isEqualTo("‖ shop-to-tidb is paused on an error: the dashboard says what to do.");

    task.error = null;
    task.resume();
    d.refresh();
    assertThat(vm.statusProperty().get()).isEqualTo("Running shop-to-tidb.");

    task.stop();
    d.refresh();
    assertThat(vm.statusProperty().get())
        .isEqualTo("■ shop-to-tidb is stopped. Resume continues it from its checkpoints.");

    task.stage = Stage.FAILED;
    d.refresh();
    assertThat(vm.statusProperty().get()).startsWith("✗ shop-to-tidb failed");

    task.stage = Stage.FINISHED;
    d.refresh();
    assertThat(vm.statusProperty().get()).isEqualTo("✓ shop-to-tidb finished.");

    task.stage = Stage.SYNCING; // as last stored, but no run is on its way
    d.refresh();
    assertThat(vm.statusProperty().get())
        .isEqualTo("shop-to-tidb is not running. Resume continues it from its checkpoints.");

    // off the dashboard the status bar belongs to the other screens again
    vm.newProject();
    task.stage = Stage.SYNCING;
    d.refresh();
    assertThat(vm.statusProperty().get()).startsWith("New project");
  }

  @Test
  void quitRunsTheQuitAction() {
    UiFixture f = new UiFixture(home);
    f.viewModel.quit();
    assertThat(f.quit).isTrue();
  }
}
