package dev.ferry.store;

import dev.ferry.domain.SourceTable;
import java.time.Instant;

/**
 * A chunk of the full copy as stored.
 *
 * @param table the source table
 * @param range its index and key range
 * @param state pending, copying or done
 * @param rows rows copied (set when done)
 * @param updatedAt when its state last changed
 */
public record Chunk(
    SourceTable table, ChunkRange range, ChunkState state, long rows, Instant updatedAt) {

  public int index() {
    return range.index();
  }
}
