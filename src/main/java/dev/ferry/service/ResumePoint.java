package dev.ferry.service;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.TaskUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where a resume of a task continues, as the store has it: the copy's committed chunks and each
 * source's binlog checkpoint.
 *
 * @param chunksDone committed chunks over all tables
 * @param chunksTotal planned chunks over all tables (0 before the copy planned any)
 * @param rowsDone rows in the committed chunks
 * @param binlog each source's last flushed binlog checkpoint, by source id
 */
public record ResumePoint(
    long chunksDone, long chunksTotal, long rowsDone, Map<String, BinlogPosition> binlog) {

  public ResumePoint {
    binlog = Map.copyOf(binlog);
  }

  /** Nothing saved yet. */
  public static final ResumePoint NONE = new ResumePoint(0, 0, 0, Map.of());

  /**
   * One line for the start page: the copy's chunks while the task is in (or before) the copy, the
   * binlog checkpoints once it syncs, e.g. {@code copy: 12 of 61 chunks (12,000 rows)} or {@code
   * binlog s1 mysql-bin.000003:1234}.
   *
   * @param unit the unit the task was in, or null
   */
  public String describe(TaskUnit unit) {
    List<String> parts = new ArrayList<>();
    boolean syncing = unit == TaskUnit.SYNC;
    if (!syncing && chunksTotal > 0) {
      parts.add(
          String.format("copy: %,d of %,d chunks (%,d rows)", chunksDone, chunksTotal, rowsDone));
    }
    if (syncing || parts.isEmpty()) {
      binlog.forEach(
          (source, p) ->
              parts.add(
                  "binlog "
                      + source
                      + " "
                      + p
                      + (p.hasGtid() ? " (GTID " + p.gtidSet() + ")" : "")));
    }
    return parts.isEmpty()
        ? "no checkpoint yet: starts from the beginning"
        : String.join(" · ", parts);
  }
}
