package dev.ferry.engine.dump;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a table into chunks of about {@code chunkRows} rows. Pure logic; {@link ChunkSampler}
 * supplies the numbers and boundaries read from the source.
 */
public final class ChunkPlanner {

  /** Above this many key values per estimated row an integer key is too sparse to split evenly. */
  static final long SPARSE_FACTOR = 64;

  private ChunkPlanner() {}

  /**
   * Boundaries that split the integer key range {@code [min, max]} into equal parts, one per
   * {@code chunkRows} estimated rows (at least one part, at most one per key value).
   */
  public static List<BigInteger> integerBoundaries(
      BigInteger min, BigInteger max, long estimatedRows, long chunkRows) {
    if (chunkRows <= 0) {
      throw new IllegalArgumentException("chunkRows must be positive: " + chunkRows);
    }
    if (min.compareTo(max) > 0) {
      return List.of();
    }
    BigInteger span = max.subtract(min).add(BigInteger.ONE);
    long parts = Math.max(1, (estimatedRows + chunkRows - 1) / chunkRows);
    if (span.compareTo(BigInteger.valueOf(parts)) < 0) {
      parts = span.longValueExact();
    }
    List<BigInteger> bounds = new ArrayList<>();
    BigInteger n = BigInteger.valueOf(parts);
    for (long i = 1; i < parts; i++) {
      BigInteger b = min.add(span.multiply(BigInteger.valueOf(i)).divide(n));
      if (bounds.isEmpty() || b.compareTo(bounds.get(bounds.size() - 1)) > 0) {
        bounds.add(b);
      }
    }
    return bounds;
  }

  /**
   * True when the key range is so much wider than the row count that equal ranges would hold very
   * different numbers of rows; then boundaries are sampled instead.
   */
  public static boolean tooSparse(BigInteger min, BigInteger max, long estimatedRows) {
    BigInteger span = max.subtract(min).add(BigInteger.ONE);
    return span.compareTo(BigInteger.valueOf(Math.max(1, estimatedRows)).multiply(BigInteger.valueOf(SPARSE_FACTOR)))
        > 0;
  }

  /** Chunks between consecutive boundaries: first open below, last open above. */
  public static List<PlannedChunk> fromBoundaries(List<KeyTuple> boundaries) {
    List<PlannedChunk> chunks = new ArrayList<>(boundaries.size() + 1);
    KeyTuple lower = null;
    for (KeyTuple b : boundaries) {
      chunks.add(new PlannedChunk(chunks.size(), lower, b));
      lower = b;
    }
    chunks.add(new PlannedChunk(chunks.size(), lower, null));
    return List.copyOf(chunks);
  }

  /** {@link #fromBoundaries} for integer boundaries. */
  public static List<PlannedChunk> fromIntegers(List<BigInteger> boundaries) {
    return fromBoundaries(boundaries.stream().map(b -> new KeyTuple(List.of(b.toString()))).toList());
  }
}
