package dev.ferry.domain;

/**
 * Where a task is in its life (DM's stages, one per unit plus the resting states). Every change is
 * persisted by the state store with a timestamp.
 */
public enum Stage {
  /** Created, never started. */
  NEW,
  /** Running the prechecks. */
  CHECKING,
  /** Copying the snapshot (full copy). */
  DUMPING,
  /** Loading dumped data and building indexes. */
  LOADING,
  /** Replaying the binlog. */
  SYNCING,
  /** Paused by the user or on an error that needs the user; resumable. */
  PAUSED,
  /** Stopped by the user; resumable from the checkpoints. */
  STOPPED,
  /** Failed on an error that is not retried automatically. */
  FAILED,
  /** Done (a full-mode task after its load). */
  FINISHED;

  /** True for the stages in which a unit is running. */
  public boolean isRunning() {
    return this == CHECKING || this == DUMPING || this == LOADING || this == SYNCING;
  }
}
