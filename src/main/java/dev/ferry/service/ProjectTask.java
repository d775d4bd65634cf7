package dev.ferry.service;

import dev.ferry.config.project.Project;
import dev.ferry.domain.TaskMode;
import dev.ferry.engine.DdlDecisions;
import dev.ferry.engine.ProgressSnapshot;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A {@link RunningTask} that knows its project, so the window can decide a DDL the target rejected
 * (skip or replace it, DM's {@code binlog skip|replace}) through the {@link TaskService}.
 * Everything else is the wrapped task's.
 */
final class ProjectTask implements RunningTask {

  private final RunningTask run;
  private final Supplier<TaskService> tasks;
  private final Project project;

  ProjectTask(RunningTask run, Supplier<TaskService> tasks, Project project) {
    this.run = run;
    this.tasks = tasks;
    this.project = project;
  }

  @Override
  public List<DdlDecisions.PausedDdl> pausedDdl() {
    return tasks.get().pausedDdl(project);
  }

  @Override
  public boolean skipDdl(String sourceId) {
    return tasks.get().skipDdl(project, sourceId);
  }

  @Override
  public boolean replaceDdl(String sourceId, List<String> statements) {
    return tasks.get().replaceDdl(project, sourceId, statements);
  }

  @Override
  public UUID taskId() {
    return run.taskId();
  }

  @Override
  public String name() {
    return run.name();
  }

  @Override
  public TaskMode mode() {
    return run.mode();
  }

  @Override
  public ProgressSnapshot snapshot() {
    return run.snapshot();
  }

  @Override
  public List<TaskEvent> drainEvents() {
    return run.drainEvents();
  }

  @Override
  public void pause() {
    run.pause();
  }

  @Override
  public void resume() {
    run.resume();
  }

  @Override
  public void stop() {
    run.stop();
  }

  @Override
  public boolean isActive() {
    return run.isActive();
  }
}
