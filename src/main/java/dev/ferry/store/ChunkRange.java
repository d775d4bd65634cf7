package dev.ferry.store;

/**
 * A planned chunk: its index within the table and its key range. The bounds are text encoded by the
 * dump unit (the store does not interpret them); null means unbounded on that side.
 *
 * @param index 0-based position of the chunk in the table
 * @param lowerBound the lower key bound, or null
 * @param upperBound the upper key bound, or null
 */
public record ChunkRange(int index, String lowerBound, String upperBound) {

  public ChunkRange {
    if (index < 0) {
      throw new IllegalArgumentException("chunk index is negative: " + index);
    }
  }
}
