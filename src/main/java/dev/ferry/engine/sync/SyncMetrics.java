package dev.ferry.engine.sync;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.SourceTable;
import dev.ferry.engine.SyncStatus;
import dev.ferry.engine.run.ProgressRegistry;
import dev.ferry.engine.run.TableCounters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Live numbers of one source's sync, updated lock-free by the coordinator and the workers; {@link
 * #status} builds a {@link SyncStatus} on demand, rates from the change since the previous call.
 */
final class SyncMetrics {

  private final String sourceId;
  private final ProgressRegistry registry;
  private final Map<SourceTable, TableCounters> counters = new ConcurrentHashMap<>();
  final LongAdder events = new LongAdder();
  final LongAdder inserts = new LongAdder();
  final LongAdder updates = new LongAdder();
  final LongAdder deletes = new LongAdder();
  final LongAdder ddls = new LongAdder();
  volatile BinlogPosition applied;
  volatile BinlogPosition source;
  volatile long lastAppliedEventSeconds;
  volatile long queued;
  volatile boolean safeMode;
  volatile boolean caughtUp;

  private long sampledAtNanos;
  private long sampledEvents;
  private long sampledRows;
  private double eventRate;
  private double rowRate;

  SyncMetrics(String sourceId, ProgressRegistry registry) {
    this.sourceId = sourceId;
    this.registry = registry;
  }

  TableCounters table(RowChange c) {
    SourceTable key = new SourceTable(sourceId, c.source());
    return counters.computeIfAbsent(key, k -> registry.table(k, c.target()));
  }

  TableCounters table(SourceTable key, dev.ferry.domain.TableId target) {
    return counters.computeIfAbsent(key, k -> registry.table(k, target));
  }

  /** Called by a worker after the target committed the change. */
  void applied(RowChange c) {
    TableCounters t = table(c);
    switch (c.kind()) {
      case INSERT -> {
        inserts.increment();
        t.addInserts(1);
      }
      case UPDATE -> {
        updates.increment();
        t.addUpdates(1);
      }
      case DELETE -> {
        deletes.increment();
        t.addDeletes(1);
      }
    }
  }

  long rows() {
    return inserts.sum() + updates.sum() + deletes.sum();
  }

  synchronized SyncStatus status() {
    long now = System.nanoTime();
    long ev = events.sum();
    long rows = rows();
    if (sampledAtNanos != 0 && now - sampledAtNanos >= 500_000_000L) {
      double seconds = (now - sampledAtNanos) / 1e9;
      eventRate = (ev - sampledEvents) / seconds;
      rowRate = (rows - sampledRows) / seconds;
    }
    if (sampledAtNanos == 0 || now - sampledAtNanos >= 500_000_000L) {
      sampledAtNanos = now;
      sampledEvents = ev;
      sampledRows = rows;
    }
    double lag;
    if (caughtUp && queued == 0) {
      lag = 0; // a heartbeat came with nothing left to apply: the source is idle, not behind
    } else if (lastAppliedEventSeconds > 0) {
      lag = Math.max(0, System.currentTimeMillis() / 1000.0 - lastAppliedEventSeconds);
    } else {
      lag = -1;
    }
    return new SyncStatus(source, applied, lag, eventRate, rowRate, queued, safeMode);
  }
}
