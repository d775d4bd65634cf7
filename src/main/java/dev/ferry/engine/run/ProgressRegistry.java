package dev.ferry.engine.run;

import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import dev.ferry.domain.TablePhase;
import dev.ferry.engine.TableProgress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.LongSupplier;

/**
 * Per-table counters of a running task. Units update {@link TableCounters} without locks; {@link
 * #tables()} builds immutable {@link TableProgress} values on demand, computing rates from the
 * change since the previous sample at least one second old.
 */
public final class ProgressRegistry {

  private static final long MIN_SAMPLE_NANOS = 1_000_000_000L;

  private final Map<SourceTable, TableCounters> tables = new ConcurrentSkipListMap<>();
  private final LongSupplier nanoClock;

  public ProgressRegistry() {
    this(System::nanoTime);
  }

  ProgressRegistry(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
  }

  /** The counters of {@code source}, created on first use. */
  public TableCounters table(SourceTable source, TableId target) {
    return tables.computeIfAbsent(
        source,
        s -> {
          TableCounters c = new TableCounters(s, target);
          // the first rate is then known one second after the table appears, even for a caller
          // that polls rarely (the CLI prints every 5 s)
          c.sampledAtNanos = nanoClock.getAsLong();
          return c;
        });
  }

  /**
   * Starts the counters of a run from the progress earlier runs committed (the store's {@code
   * table_progress}), so a resumed task shows the tables it copied before as done with their row
   * counts, also when the run goes straight to the sync. A table left mid-copy waits until the copy
   * takes it up again; the rows carried over are not counted as copy speed.
   */
  public synchronized void seed(List<dev.ferry.store.TableProgress> stored) {
    for (dev.ferry.store.TableProgress p : stored) {
      TableCounters c = table(p.source(), p.target());
      c.resetRows(p.rowsDone(), p.bytesDone());
      c.rowsEstimated(Math.max(p.rowsEstimated(), p.rowsDone()));
      boolean settled = p.phase() == TablePhase.DONE || p.phase() == TablePhase.FAILED;
      c.phase(settled ? p.phase() : TablePhase.WAITING);
      c.lastError(p.phase() == TablePhase.FAILED ? p.lastError() : null);
      c.sampledRows = p.rowsDone();
    }
  }

  /** Immutable progress of every table, sorted by source table. */
  public synchronized List<TableProgress> tables() {
    long now = nanoClock.getAsLong();
    List<TableProgress> out = new ArrayList<>(tables.size());
    for (TableCounters c : tables.values()) {
      long rows = c.rowsDone.sum();
      if (now - c.sampledAtNanos >= MIN_SAMPLE_NANOS) {
        double seconds = (now - c.sampledAtNanos) / 1e9;
        double current = (rows - c.sampledRows) / seconds;
        // smooth so the number does not jump with every batch
        c.rate = c.rate == 0 ? current : 0.5 * c.rate + 0.5 * current;
        c.sampledAtNanos = now;
        c.sampledRows = rows;
      }
      TablePhase phase = c.phase;
      double rate = phase == TablePhase.COPYING ? c.rate : 0;
      Duration eta = null;
      if (phase == TablePhase.COPYING && rate > 0 && c.rowsEstimated > rows) {
        eta = Duration.ofSeconds((long) Math.ceil((c.rowsEstimated - rows) / rate));
      }
      out.add(
          new TableProgress(
              c.source,
              c.target,
              phase,
              rows,
              c.rowsEstimated,
              c.bytesDone.sum(),
              rate,
              eta,
              c.inserts.sum(),
              c.updates.sum(),
              c.deletes.sum(),
              c.ddls.sum(),
              c.lastError));
    }
    return List.copyOf(out);
  }
}
