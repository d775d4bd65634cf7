package dev.ferry.config.project;

import dev.ferry.config.TaskConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A saved task: the {@link TaskConfig} plus a stable id. Task state in the local store is keyed by
 * {@code id}, so it follows the project when the file is moved or renamed. "Save as" of a copy that
 * should get its own state uses {@link #copyWithNewId}.
 *
 * @param id stable identity, written once when the project is created
 * @param created when the project was created; null if unknown
 * @param modified when the project was last saved; null if never
 * @param task the task configuration
 */
public record Project(UUID id, Instant created, Instant modified, TaskConfig task) {

  public Project {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(task, "task");
  }

  /** A new project with a fresh id, created now. */
  public static Project create(TaskConfig task, Clock clock) {
    return new Project(UUID.randomUUID(), clock.instant(), null, task);
  }

  /** A new project with a fresh id, created now. */
  public static Project create(TaskConfig task) {
    return create(task, Clock.systemUTC());
  }

  public Project withTask(TaskConfig newTask) {
    return new Project(id, created, modified, newTask);
  }

  public Project withModified(Instant when) {
    return new Project(id, created, when, task);
  }

  /** The same task under a new id: a separate project with its own task state. */
  public Project copyWithNewId(Clock clock) {
    return new Project(UUID.randomUUID(), clock.instant(), null, task);
  }
}
