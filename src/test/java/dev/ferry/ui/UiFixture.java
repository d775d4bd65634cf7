package dev.ferry.ui;

import dev.ferry.config.project.ProjectFiles;
import dev.ferry.config.secret.SecretStore;
import dev.ferry.service.ProjectService;
import dev.ferry.service.RecentProjects;
import dev.ferry.service.ResumableTask;
import dev.ferry.service.TaskRunner;
import dev.ferry.ui.common.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** The main window's view model over fake servers and a scripted task, for TestFX tests. */
public final class UiFixture {

  public final FakeServerAccess servers = new FakeServerAccess();
  public final List<FakeRunningTask> started = new ArrayList<>();
  public final List<ResumableTask> resumable = new ArrayList<>();
  public final AtomicBoolean quit = new AtomicBoolean();
  public final ProjectService projects;
  public final MainWindowViewModel viewModel;
  public volatile int tables = 1_200;

  /** Sets the light theme; call on the FX thread before showing a window. */
  public static void lightTheme() {
    javafx.application.Application.setUserAgentStylesheet(
        new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
  }

  public UiFixture(Path home) {
    RecentProjects recent = new RecentProjects(home);
    projects =
        new ProjectService(new ProjectFiles(), new SecretStore(home.resolve("secrets")), recent);
    TaskRunner runner =
        (project, file) -> {
          FakeRunningTask t = new FakeRunningTask(tables);
          started.add(t);
          return t;
        };
    viewModel =
        new MainWindowViewModel(
            recent,
            projects,
            servers,
            runner,
            () -> List.copyOf(resumable),
            new CurrentThreadTaskExecutor(),
            () -> quit.set(true));
  }
}
