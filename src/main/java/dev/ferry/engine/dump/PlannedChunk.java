package dev.ferry.engine.dump;

/**
 * One chunk of a table: the rows whose key is {@code >= lower} and {@code < upper}; a null bound
 * is open on that side, so the chunks of a table cover every key exactly once.
 */
public record PlannedChunk(int index, KeyTuple lower, KeyTuple upper) {

  /** The single chunk of a table without a usable key, or with few rows. */
  public static PlannedChunk whole() {
    return new PlannedChunk(0, null, null);
  }

  public boolean unbounded() {
    return lower == null && upper == null;
  }
}
