package dev.ferry.service;

import dev.ferry.domain.Stage;
import java.util.List;
import java.util.function.Supplier;

/**
 * The start page's "resume after restart" list: the tasks the store knows that were running (Ferry
 * exited or crashed meanwhile) or paused.
 */
public final class TaskHistory {

  private final Supplier<List<TaskStatus.Summary>> tasks;

  /**
   * @param tasks the store's task list, e.g. {@code taskService::tasks}
   */
  public TaskHistory(Supplier<List<TaskStatus.Summary>> tasks) {
    this.tasks = tasks;
  }

  /**
   * Tasks that were running or paused, most recent first. Stopped, failed, finished and
   * never-started tasks are not offered.
   */
  public List<ResumableTask> resumable() {
    return tasks.get().stream()
        .filter(t -> t.stage().isRunning() || t.stage() == Stage.PAUSED)
        .map(
            t -> new ResumableTask(t.taskId(), t.name(), t.projectFile(), t.stage(), t.updatedAt()))
        .toList();
  }
}
