package dev.ferry.ui;

import dev.ferry.config.project.ProjectFiles;
import dev.ferry.config.secret.PasswordPrompt;
import dev.ferry.config.secret.SecretResolver;
import dev.ferry.config.secret.SecretStore;
import dev.ferry.service.LiveServerAccess;
import dev.ferry.service.LocalTaskRunner;
import dev.ferry.service.ProjectService;
import dev.ferry.service.RecentProjects;
import dev.ferry.service.TaskHistory;
import dev.ferry.service.TaskService;
import dev.ferry.store.StateStore;
import dev.ferry.testing.MariaDbServer;
import dev.ferry.ui.common.BackgroundTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The main window's view model over the real services, wired as {@link FerryApp} does, on the
 * state store and secret store in {@code home}; passwords asked for are the harness's. For TestFX
 * integration tests against the real servers.
 */
final class LiveWindow implements AutoCloseable {

  final SecretStore secrets;
  final ProjectService projects;
  final StateStore store;
  final BackgroundTaskExecutor executor = new BackgroundTaskExecutor(2);
  final MainWindowViewModel viewModel;

  LiveWindow(Path home) {
    secrets = new SecretStore(home.resolve(SecretStore.DIRECTORY));
    RecentProjects recent = new RecentProjects(home);
    projects = new ProjectService(new ProjectFiles(), secrets, recent);
    store = StateStore.open(home);
    TaskService tasks = new TaskService(store, secrets, projects);
    PasswordPrompt prompt = purpose -> Optional.of(MariaDbServer.PASSWORD);
    viewModel =
        new MainWindowViewModel(
            recent,
            projects,
            new LiveServerAccess(new SecretResolver(v -> null, secrets, prompt)),
            new LocalTaskRunner(() -> tasks, prompt, Clock.systemUTC()),
            () -> TaskHistory.of(tasks).resumable(),
            executor,
            () -> {});
  }

  @Override
  public void close() {
    executor.shutdown();
    store.close();
  }
}
