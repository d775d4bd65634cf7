package dev.ferry.service;

import dev.ferry.domain.TaskMode;
import dev.ferry.engine.ProgressSnapshot;
import dev.ferry.engine.TableProgress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A task that is not running in this window, shown as the store last saw it (stage, per-table
 * progress, open error, recent events). Resume starts a real run and from then on everything is
 * that run's.
 */
public final class StoredTask implements RunningTask {

  private final TaskStatus status;
  private final Supplier<RunningTask> starter;
  private volatile RunningTask run;
  private boolean eventsDrained;

  /**
   * @param starter starts a run from the checkpoints (called off the UI thread, on resume)
   */
  public StoredTask(TaskStatus status, Supplier<RunningTask> starter) {
    this.status = status;
    this.starter = starter;
  }

  @Override
  public UUID taskId() {
    return status.task().taskId();
  }

  @Override
  public String name() {
    return status.task().name();
  }

  @Override
  public TaskMode mode() {
    return status.task().mode() == null ? TaskMode.ALL : status.task().mode();
  }

  @Override
  public ProgressSnapshot snapshot() {
    RunningTask r = run;
    if (r != null) {
      return r.snapshot();
    }
    List<TableProgress> tables = new ArrayList<>();
    for (TaskStatus.TableRow t : status.tables()) {
      tables.add(
          new TableProgress(
              t.source(),
              t.target(),
              t.phase(),
              t.rowsDone(),
              t.rowsEstimated(),
              t.bytesDone(),
              0,
              null,
              0,
              0,
              0,
              0,
              t.error()));
    }
    ProgressSnapshot.ErrorInfo error =
        status.openErrors().isEmpty()
            ? null
            : new ProgressSnapshot.ErrorInfo(
                status.openErrors().get(0).code(),
                status.openErrors().get(0).message(),
                status.openErrors().get(0).action(),
                false);
    return new ProgressSnapshot(
        taskId(), name(), status.task().stage(), Instant.now(), tables, null, error);
  }

  @Override
  public synchronized List<TaskEvent> drainEvents() {
    RunningTask r = run;
    if (r != null) {
      return r.drainEvents();
    }
    if (eventsDrained) {
      return List.of();
    }
    eventsDrained = true;
    List<TaskEvent> out = new ArrayList<>();
    // the store lists the newest first
    List<TaskStatus.EventRow> rows = new ArrayList<>(status.recentEvents());
    rows.sort((a, b) -> a.at().compareTo(b.at()));
    rows.forEach(e -> out.add(new TaskEvent(e.at(), e.kind(), e.message())));
    return out;
  }

  @Override
  public void pause() {
    RunningTask r = run;
    if (r != null) {
      r.pause();
    }
  }

  @Override
  public synchronized void resume() {
    if (run == null) {
      run = starter.get();
    } else {
      run.resume();
    }
  }

  @Override
  public void stop() {
    RunningTask r = run;
    if (r != null) {
      r.stop();
    }
  }

  @Override
  public boolean isActive() {
    RunningTask r = run;
    return r != null && r.isActive();
  }
}
