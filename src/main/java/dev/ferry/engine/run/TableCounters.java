package dev.ferry.engine.run;

import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import dev.ferry.domain.TablePhase;
import java.util.concurrent.atomic.LongAdder;

/**
 * Live counters of one table, updated by unit threads without locks; read when a snapshot is
 * built.
 */
public final class TableCounters {

  final SourceTable source;
  final LongAdder rowsDone = new LongAdder();
  final LongAdder bytesDone = new LongAdder();
  final LongAdder inserts = new LongAdder();
  final LongAdder updates = new LongAdder();
  final LongAdder deletes = new LongAdder();
  final LongAdder ddls = new LongAdder();
  volatile TableId target;
  volatile TablePhase phase = TablePhase.WAITING;
  volatile long rowsEstimated;
  volatile String lastError;

  // rate sampling, guarded by the registry's snapshot lock
  long sampledRows;
  long sampledAtNanos;
  double rate;

  TableCounters(SourceTable source, TableId target) {
    this.source = source;
    this.target = target;
  }

  public SourceTable source() {
    return source;
  }

  public void addRows(long rows, long bytes) {
    rowsDone.add(rows);
    bytesDone.add(bytes);
  }

  /** Sets the done count (on resume, from the store). */
  public void resetRows(long rows, long bytes) {
    rowsDone.reset();
    rowsDone.add(rows);
    bytesDone.reset();
    bytesDone.add(bytes);
  }

  public void addInserts(long n) {
    inserts.add(n);
  }

  public void addUpdates(long n) {
    updates.add(n);
  }

  public void addDeletes(long n) {
    deletes.add(n);
  }

  public void addDdl() {
    ddls.increment();
  }

  public void phase(TablePhase phase) {
    this.phase = phase;
  }

  public TablePhase phase() {
    return phase;
  }

  public void rowsEstimated(long rows) {
    this.rowsEstimated = rows;
  }

  public void target(TableId target) {
    this.target = target;
  }

  public void lastError(String message) {
    this.lastError = message;
  }

  public long rowsDone() {
    return rowsDone.sum();
  }
}
