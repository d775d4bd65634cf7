package dev.ferry.service;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.EventKind;
import dev.ferry.domain.SourceTable;
import dev.ferry.domain.Stage;
import dev.ferry.domain.TableId;
import dev.ferry.domain.TablePhase;
import dev.ferry.domain.TaskMode;
import dev.ferry.domain.TaskUnit;
import dev.ferry.store.StateStore;
import dev.ferry.store.TaskState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The last known state of a task, read from the store: what {@code ferry status} prints. Works
 * whether or not a process is running the task.
 */
public record TaskStatus(
    Summary task,
    List<TableRow> tables,
    Map<String, BinlogPosition> checkpoints,
    List<ErrorRow> openErrors,
    List<EventRow> recentEvents) {

  /** A task as listed by {@code ferry tasks}. */
  public record Summary(
      UUID taskId, String name, Path projectFile, TaskMode mode, Stage stage, TaskUnit unit, Instant updatedAt) {
    static Summary of(TaskState t) {
      return new Summary(t.taskId(), t.name(), t.projectFile(), t.mode(), t.stage(), t.unit(), t.updatedAt());
    }
  }

  public record TableRow(
      SourceTable source, TableId target, TablePhase phase, long rowsDone, long rowsEstimated, long bytesDone,
      String error) {}

  public record ErrorRow(String code, String message, String action, Instant at) {}

  public record EventRow(Instant at, EventKind kind, String message) {}

  static Optional<TaskStatus> read(StateStore store, UUID taskId, int events) {
    return store
        .tasks()
        .find(taskId)
        .map(
            task ->
                new TaskStatus(
                    Summary.of(task),
                    store.progress().tables(taskId).stream()
                        .map(t -> new TableRow(t.source(), t.target(), t.phase(), t.rowsDone(),
                            t.rowsEstimated(), t.bytesDone(), t.lastError()))
                        .toList(),
                    new LinkedHashMap<>(store.checkpoints().globals(taskId)),
                    store.errors().open(taskId).stream()
                        .map(e -> new ErrorRow(e.code(), e.message(), e.suggestedAction(), e.occurredAt()))
                        .toList(),
                    store.events().recent(taskId, events).stream()
                        .map(e -> new EventRow(e.at(), e.kind(), e.message()))
                        .toList()));
  }

  public long rowsDone() {
    return tables.stream().mapToLong(TableRow::rowsDone).sum();
  }

  public long tablesDone() {
    return tables.stream().filter(t -> t.phase() == TablePhase.DONE).count();
  }
}
