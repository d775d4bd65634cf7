package dev.ferry.ui;

import atlantafx.base.theme.PrimerLight;
import dev.ferry.config.FerryHome;
import dev.ferry.config.project.ProjectFiles;
import dev.ferry.config.secret.SecretResolver;
import dev.ferry.config.secret.SecretStore;
import dev.ferry.service.LiveServerAccess;
import dev.ferry.service.LocalTaskRunner;
import dev.ferry.service.ProjectService;
import dev.ferry.service.RecentProjects;
import dev.ferry.service.TaskHistory;
import dev.ferry.service.TaskService;
import dev.ferry.ui.common.BackgroundTaskExecutor;
import dev.ferry.ui.common.FolderOpener;
import dev.ferry.ui.common.FxPasswordPrompt;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: one main window. Started by {@code dev.ferry.Main}. */
public final class FerryApp extends Application {

  private BackgroundTaskExecutor executor;
  private TaskService taskService;

  /** Launches the toolkit and blocks until the last window closes. */
  public static void launchApp() {
    Application.launch(FerryApp.class);
  }

  @Override
  public void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    FolderOpener.App.register(getHostServices());
    executor = new BackgroundTaskExecutor(4);
    SecretStore secrets = SecretStore.inFerryHome();
    RecentProjects recent = new RecentProjects(FerryHome.directory());
    ProjectService projects = new ProjectService(new ProjectFiles(), secrets, recent);
    FxPasswordPrompt prompt = new FxPasswordPrompt();
    LiveServerAccess servers = new LiveServerAccess(new SecretResolver(secrets, prompt));
    Supplier<TaskService> tasks = () -> taskService(projects);
    MainWindowViewModel viewModel =
        new MainWindowViewModel(
            recent,
            projects,
            servers,
            new LocalTaskRunner(tasks, prompt, Clock.systemUTC()),
            () -> TaskHistory.of(tasks.get()).resumable(),
            executor,
            Platform::exit);
    MainWindowView.show(stage, viewModel);
  }

  /** The state store is opened once, on first use (always on a background thread). */
  private synchronized TaskService taskService(ProjectService projects) {
    if (taskService == null) {
      taskService = TaskService.open(projects);
    }
    return taskService;
  }

  @Override
  public synchronized void stop() {
    if (executor != null) {
      executor.shutdown();
    }
    if (taskService != null) {
      taskService.close();
    }
  }
}
