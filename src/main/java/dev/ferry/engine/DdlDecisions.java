package dev.ferry.engine;

import dev.ferry.engine.sync.DdlErrorHandling;
import dev.ferry.store.StateStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What to do with a DDL the target rejected (DM's {@code binlog skip|replace}): the sync paused on
 * it; the user skips it or gives other SQL, then resumes the task.
 */
public final class DdlDecisions {

  /** The statement a source's sync paused on, where it is, and the target's error. */
  public record PausedDdl(
      String sourceId, String position, String sourceSql, String targetSql, String error) {}

  private DdlDecisions() {}

  public static Optional<PausedDdl> paused(StateStore store, UUID taskId, String sourceId) {
    return DdlErrorHandling.of(store, taskId)
        .failed(sourceId)
        .map(f -> new PausedDdl(f.sourceId(), f.position().toString(), f.sourceSql(), f.targetSql(), f.error()));
  }

  /** Skips the paused DDL of {@code sourceId}; false when its sync is not paused on one. */
  public static boolean skip(StateStore store, UUID taskId, String sourceId) {
    return DdlErrorHandling.of(store, taskId).skipFailed(sourceId);
  }

  /** Runs {@code statements} on the target instead of the paused DDL; false when none is paused. */
  public static boolean replace(StateStore store, UUID taskId, String sourceId, List<String> statements) {
    return DdlErrorHandling.of(store, taskId).replaceFailed(sourceId, statements);
  }
}
