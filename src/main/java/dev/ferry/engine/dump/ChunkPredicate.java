package dev.ferry.engine.dump;

import java.util.ArrayList;
import java.util.List;

/** The WHERE condition that selects exactly one chunk's rows (tuple comparison, expanded). */
public final class ChunkPredicate {

  private ChunkPredicate() {}

  /** The condition for {@code chunk} over {@code key}; {@code "1=1"} for an unbounded chunk. */
  public static String of(List<Column> key, PlannedChunk chunk) {
    List<String> parts = new ArrayList<>();
    if (chunk.lower() != null) {
      parts.add(compare(key, chunk.lower(), ">", ">="));
    }
    if (chunk.upper() != null) {
      parts.add(compare(key, chunk.upper(), "<", "<"));
    }
    return parts.isEmpty() ? "1=1" : String.join(" AND ", parts);
  }

  /**
   * {@code (k1, k2, ...) OP (v1, v2, ...)} written as {@code k1 strict v1 OR (k1 = v1 AND k2
   * strict v2) OR ... (last column with lastOp)}: row constructors are not range-optimised by every
   * server version, the expanded form is.
   */
  static String compare(List<Column> key, KeyTuple values, String strict, String lastOp) {
    if (values.tokens().size() != key.size()) {
      throw new IllegalArgumentException(
          "bound " + values + " has " + values.tokens().size() + " values for " + key.size() + " key columns");
    }
    List<String> disjuncts = new ArrayList<>();
    for (int i = 0; i < key.size(); i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < i; j++) {
        sb.append(key.get(j).quoted()).append(" = ").append(values.literal(j, key.get(j))).append(" AND ");
      }
      String op = i == key.size() - 1 ? lastOp : strict;
      sb.append(key.get(i).quoted()).append(' ').append(op).append(' ').append(values.literal(i, key.get(i)));
      disjuncts.add(key.size() == 1 ? sb.toString() : "(" + sb + ")");
    }
    return disjuncts.size() == 1 ? disjuncts.get(0) : "(" + String.join(" OR ", disjuncts) + ")";
  }
}
