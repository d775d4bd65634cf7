package dev.ferry.service;

import dev.ferry.config.project.Project;
import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import java.nio.file.Path;
import java.util.Optional;

/** Starts tasks from the window. */
public interface TaskRunner {

  /**
   * Starts (or resumes, when the store has state for the project) a run of {@code project}.
   *
   * @param file the project file, shown in the store's task list; may be null for unsaved projects
   * @throws FerryException when the run cannot begin at all (e.g. a password is unavailable)
   */
  RunningTask start(Project project, Path file);

  /**
   * The task of {@code project} as the store last saw it, when it ever ran here (for the dashboard
   * of an opened project); empty otherwise. Resuming it starts a run like {@link #start}.
   */
  default Optional<RunningTask> stored(Project project, Path file) {
    return Optional.empty();
  }

  /** For builds without the engine's units: every start fails with a clear message. */
  static TaskRunner unavailable() {
    return (project, file) -> {
      throw new FerryException(ErrorCode.UNIT_UNAVAILABLE, "task runner");
    };
  }
}
