package dev.ferry.domain;

/** Where one table is in the full copy. */
public enum TablePhase {
  /** Not started yet. */
  WAITING,
  /** Chunks are being copied. */
  COPYING,
  /** Data copied; secondary indexes are being built. */
  INDEXING,
  /** Copied completely. */
  DONE,
  /** Stopped on an error (see the table's last error). */
  FAILED
}
