package dev.ferry.engine.load;

import dev.ferry.engine.dump.PlannedChunk;
import dev.ferry.engine.dump.TableShape;
import dev.ferry.engine.run.TableCounters;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A table ready to copy: its shape, target, the deferred index clauses, its chunks still to copy
 * (with whether each was in flight when the last run ended) and how many remain.
 */
final class PreparedTable {

  /** A chunk to copy; {@code wasCopying}: the last run may have left part of it on the target. */
  record Work(PreparedTable table, PlannedChunk chunk, boolean wasCopying) {}

  final CopyTable copy;
  final TableShape shape;
  final List<String> deferred;
  final TableCounters counters;
  final AtomicInteger remaining;
  List<Work> work = List.of();
  /** The source's {@code SHOW CREATE TABLE} the target table and the chunk plan were made from. */
  String sourceCreate = "";

  PreparedTable(CopyTable copy, TableShape shape, List<String> deferred, TableCounters counters, int remaining) {
    this.copy = copy;
    this.shape = shape;
    this.deferred = deferred;
    this.counters = counters;
    this.remaining = new AtomicInteger(remaining);
  }
}
