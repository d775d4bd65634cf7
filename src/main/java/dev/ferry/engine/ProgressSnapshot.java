package dev.ferry.engine;

import dev.ferry.domain.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An immutable picture of a task's progress, built on demand and cheaply. The GUI polls it a few
 * times a second and {@code ferry status --json} prints it, so both show the same thing.
 *
 * @param tables per-table progress, sorted by source table
 * @param sync the sync unit's state, null when the sync has not started
 * @param lastError the error that stopped or paused the task, null when none
 */
public record ProgressSnapshot(
    UUID taskId,
    String taskName,
    Stage stage,
    Instant takenAt,
    List<TableProgress> tables,
    SyncStatus sync,
    ErrorInfo lastError) {

  /** What the UI needs to show an error: code, message, action. */
  public record ErrorInfo(String code, String message, String action, boolean retrying) {
    public static ErrorInfo of(FerryException e, boolean retrying) {
      return new ErrorInfo(e.code().id(), e.userMessage(), e.suggestedAction(), retrying);
    }
  }

  public ProgressSnapshot {
    tables = List.copyOf(tables);
  }

  public long rowsDone() {
    return tables.stream().mapToLong(TableProgress::rowsDone).sum();
  }

  public long rowsEstimated() {
    return tables.stream().mapToLong(t -> Math.max(t.rowsEstimated(), t.rowsDone())).sum();
  }

  public double rowsPerSecond() {
    return tables.stream().mapToDouble(TableProgress::rowsPerSecond).sum();
  }

  public long tablesDone() {
    return tables.stream().filter(t -> t.phase() == dev.ferry.domain.TablePhase.DONE).count();
  }

  /** Overall copy ETA from the remaining rows and the current rate; null when unknown. */
  public Duration eta() {
    double rate = rowsPerSecond();
    long left = rowsEstimated() - rowsDone();
    if (rate <= 0 || left <= 0) {
      return null;
    }
    return Duration.ofSeconds((long) Math.ceil(left / rate));
  }
}
