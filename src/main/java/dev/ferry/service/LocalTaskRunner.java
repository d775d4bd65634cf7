package dev.ferry.service;

import dev.ferry.config.project.Project;
import dev.ferry.config.secret.PasswordPrompt;
import dev.ferry.domain.Stage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs tasks in this process: each run (and each resume) is a {@code Migration} prepared by the
 * {@link TaskService} (validated, passwords resolved), wrapped in a {@link MigrationTask}; both it
 * and a stored task can decide a rejected DDL ({@link ProjectTask}).
 */
public final class LocalTaskRunner implements TaskRunner {

  private final Supplier<TaskService> tasks;
  private final PasswordPrompt prompt;
  private final Clock clock;

  /**
   * @param tasks opened on first use, on the caller's (background) thread
   */
  public LocalTaskRunner(Supplier<TaskService> tasks, PasswordPrompt prompt, Clock clock) {
    this.tasks = tasks;
    this.prompt = prompt;
    this.clock = clock;
  }

  @Override
  public RunningTask start(Project project, Path file) {
    TaskService service = tasks.get();
    return new ProjectTask(
        new MigrationTask(
                project.id(),
                project.task().name(),
                project.task().taskMode(),
                listener -> service.prepare(project, file, prompt, listener),
                clock)
            .start(),
        tasks,
        project);
  }

  @Override
  public Optional<RunningTask> stored(Project project, Path file) {
    return tasks
        .get()
        .status(project.id(), 200)
        .filter(s -> s.task().stage() != Stage.NEW)
        .map(s -> new ProjectTask(new StoredTask(s, () -> start(project, file)), tasks, project));
  }
}
