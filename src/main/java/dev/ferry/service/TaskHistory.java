package dev.ferry.service;

import dev.ferry.domain.Stage;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The start page's "resume after restart" list: the tasks the store knows that were running (Ferry
 * exited or crashed meanwhile) or paused, each with the checkpoint a resume continues from.
 */
public final class TaskHistory {

  private final Supplier<List<TaskStatus.Summary>> tasks;
  private final Function<UUID, ResumePoint> resumePoints;

  /**
   * @param tasks the store's task list, e.g. {@code taskService::tasks}
   */
  public TaskHistory(Supplier<List<TaskStatus.Summary>> tasks) {
    this(tasks, id -> null);
  }

  /**
   * @param tasks the store's task list, e.g. {@code taskService::tasks}
   * @param resumePoints each task's checkpoints, e.g. {@code taskService::resumePoint}
   */
  public TaskHistory(
      Supplier<List<TaskStatus.Summary>> tasks, Function<UUID, ResumePoint> resumePoints) {
    this.tasks = tasks;
    this.resumePoints = resumePoints;
  }

  /** Over {@code service}'s store: the tasks and their checkpoints. */
  public static TaskHistory of(TaskService service) {
    return new TaskHistory(service::tasks, service::resumePoint);
  }

  /**
   * Tasks that were running or paused, most recent first (the store's order). Stopped, failed,
   * finished and never-started tasks are not offered.
   */
  public List<ResumableTask> resumable() {
    return tasks.get().stream()
        .filter(t -> t.stage().isRunning() || t.stage() == Stage.PAUSED)
        .map(
            t -> {
              ResumePoint point = resumePoints.apply(t.taskId());
              return new ResumableTask(
                  t.taskId(),
                  t.name(),
                  t.projectFile(),
                  t.stage(),
                  t.updatedAt(),
                  point == null ? null : point.describe(t.unit()));
            })
        .toList();
  }
}
