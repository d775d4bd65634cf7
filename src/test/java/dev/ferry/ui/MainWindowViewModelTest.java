package dev.ferry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.service.RecentProjects;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {

  @TempDir Path home;

  @Test
  void startsReadyWithTheRememberedProjects() {
    RecentProjects recent = new RecentProjects(home);
    recent.add(home.resolve("shop.ferry"));
    MainWindowViewModel vm = new MainWindowViewModel(recent, () -> {});
    assertThat(vm.titleProperty().get()).isEqualTo("Ferry");
    assertThat(vm.statusProperty().get()).isEqualTo("Ready");
    assertThat(vm.recentProjects()).containsExactly(home.resolve("shop.ferry"));
    assertThat(vm.versionText()).startsWith("Ferry ");
  }

  @Test
  void newProjectSaysHonestlyThatTheWizardIsNotInThisBuild() {
    MainWindowViewModel vm = new MainWindowViewModel(new RecentProjects(home), () -> {});
    vm.newProject();
    assertThat(vm.statusProperty().get()).contains("not part of this build");
  }

  @Test
  void cancelledOpenSaysSo() {
    MainWindowViewModel vm = new MainWindowViewModel(new RecentProjects(home), () -> {});
    vm.openProject(null);
    assertThat(vm.statusProperty().get()).isEqualTo("Open cancelled.");
  }

  @Test
  void quitRunsTheQuitAction() {
    AtomicBoolean quit = new AtomicBoolean();
    MainWindowViewModel vm = new MainWindowViewModel(new RecentProjects(home), () -> quit.set(true));
    vm.quit();
    assertThat(quit).isTrue();
  }
}
