package dev.ferry.store;

/** Where one chunk of the full copy is. */
public enum ChunkState {
  /** Planned, not started. */
  PENDING,
  /** Being copied: on resume its key range must be cleared on the target and copied again. */
  COPYING,
  /** Committed on the target; never copied again. */
  DONE
}
