package dev.ferry.service;

import dev.ferry.domain.TaskMode;
import dev.ferry.engine.DdlDecisions;
import dev.ferry.engine.ProgressSnapshot;
import java.util.List;
import java.util.UUID;

/**
 * A task the user started from the window. Every method returns at once: {@link #snapshot()} is
 * cheap and never waits for the engine, and pause/resume/stop only ask.
 */
public interface RunningTask {

  UUID taskId();

  String name();

  TaskMode mode();

  /** The current progress. */
  ProgressSnapshot snapshot();

  /** The events that arrived since the last call, oldest first. */
  List<TaskEvent> drainEvents();

  /** Asks the run to pause after flushing its checkpoints. */
  void pause();

  /** Starts a new run from the checkpoints when the task is paused, stopped or failed. */
  void resume();

  /** Asks the run to stop after flushing its checkpoints. */
  void stop();

  /** True while a run is on its way (also while it is pausing or stopping). */
  boolean isActive();

  /**
   * The DDLs the task's sync paused on because the target rejected them, one per source at most;
   * reads the state store, so call it off the UI thread. None for tasks that cannot tell.
   */
  default List<DdlDecisions.PausedDdl> pausedDdl() {
    return List.of();
  }

  /** Skips the DDL the sync of {@code sourceId} paused on; false when none is (or unsupported). */
  default boolean skipDdl(String sourceId) {
    return false;
  }

  /**
   * Runs {@code statements} on the target instead of the DDL the sync of {@code sourceId} paused
   * on; false when none is (or unsupported). Resume the task afterwards.
   */
  default boolean replaceDdl(String sourceId, List<String> statements) {
    return false;
  }
}
