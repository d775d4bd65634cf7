package dev.ferry.engine.sync;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.store.DdlDecisionStore;
import dev.ferry.store.StateStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * DM's {@code binlog skip | replace}: what to do with a DDL the target rejected, set by the user
 * while the task is paused and carried out when the sync reaches that DDL again. Also remembers the
 * DDL the sync paused on, so the UI and the CLI can show it and act on "the current error". Kept in
 * the state store ({@link DdlDecisionStore}), so another Ferry process (the CLI next to the window)
 * sees and sets the same state.
 */
public final class DdlErrorHandling {

  /** The DDL the sync paused on. */
  public record FailedDdl(
      String sourceId, BinlogPosition position, String sourceSql, String targetSql, String error) {}

  /** What the user chose for the DDL at a position: skip it, or run {@code statements} instead. */
  public record Operation(boolean skip, List<String> statements) {}

  private final StateStore store;
  private final UUID taskId;

  private DdlErrorHandling(StateStore store, UUID taskId) {
    this.store = store;
    this.taskId = taskId;
  }

  /** The handling of the task whose state is in {@code store}. */
  public static DdlErrorHandling of(StateStore store, UUID taskId) {
    return new DdlErrorHandling(store, taskId);
  }

  /** Skips the DDL that ends at {@code at} on source {@code sourceId}. */
  public void skip(String sourceId, BinlogPosition at) {
    store.ddlDecisions().decide(taskId, sourceId, at, DdlDecisionStore.Decision.skipIt());
  }

  /** Runs {@code statements} (target SQL, names as written) instead of the DDL at {@code at}. */
  public void replace(String sourceId, BinlogPosition at, List<String> statements) {
    store
        .ddlDecisions()
        .decide(taskId, sourceId, at, DdlDecisionStore.Decision.replaceWith(statements));
  }

  /** Skips the DDL the sync of {@code sourceId} paused on; false when it is not paused on one. */
  public boolean skipFailed(String sourceId) {
    return decideFailed(sourceId, DdlDecisionStore.Decision.skipIt());
  }

  /**
   * Replaces the DDL the sync of {@code sourceId} paused on; false when it is not paused on one.
   */
  public boolean replaceFailed(String sourceId, List<String> statements) {
    return decideFailed(sourceId, DdlDecisionStore.Decision.replaceWith(statements));
  }

  private boolean decideFailed(String sourceId, DdlDecisionStore.Decision decision) {
    return store.callInTransaction(
        tx -> {
          Optional<DdlDecisionStore.Failure> f = tx.ddlDecisions().failure(taskId, sourceId);
          f.ifPresent(d -> tx.ddlDecisions().decide(taskId, sourceId, d.position(), decision));
          return f.isPresent();
        });
  }

  /** The DDL the sync of {@code sourceId} paused on, if it did. */
  public Optional<FailedDdl> failed(String sourceId) {
    return store
        .ddlDecisions()
        .failure(taskId, sourceId)
        .map(f -> new FailedDdl(sourceId, f.position(), f.sourceSql(), f.targetSql(), f.error()));
  }

  void recordFailure(FailedDdl f) {
    store
        .ddlDecisions()
        .recordFailure(
            taskId,
            new DdlDecisionStore.Failure(
                f.sourceId(), f.position(), f.sourceSql(), f.targetSql(), f.error()));
  }

  /** The operation set for the DDL at {@code at}, if any (cleared by {@link #done}). */
  Optional<Operation> take(String sourceId, BinlogPosition at) {
    return store
        .ddlDecisions()
        .decision(taskId, sourceId, at)
        .map(d -> new Operation(d.skip(), d.statements()));
  }

  /** Forgets the operation and the failure at {@code at} once the DDL is past. */
  void done(String sourceId, BinlogPosition at) {
    store.ddlDecisions().done(taskId, sourceId, at);
  }
}
