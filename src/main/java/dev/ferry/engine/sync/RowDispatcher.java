package dev.ferry.engine.sync;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.TableId;
import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import dev.ferry.engine.ddl.TableSchema;
import dev.ferry.rules.EventDecision;
import dev.ferry.rules.RowFilterResult;
import dev.ferry.rules.SourceRules;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the row events of one transaction into {@link RowChange}s and hands each to its worker:
 * rules first (block-allow-list, binlog event filter, expression filters), then decoding with the
 * tracked schema, then causality.
 */
final class RowDispatcher {

  private final SourceRules rules;
  private final SyncRouting routing;
  private final SchemaTracker tracker;
  private final WorkerPool workers;
  private final Causality causality;
  private final SyncMetrics metrics;

  RowDispatcher(
      SourceRules rules,
      SyncRouting routing,
      SchemaTracker tracker,
      WorkerPool workers,
      Causality causality,
      SyncMetrics metrics) {
    this.rules = rules;
    this.routing = routing;
    this.tracker = tracker;
    this.workers = workers;
    this.causality = causality;
    this.metrics = metrics;
  }

  /** Dispatches the transaction's rows; returns the tables it changed. */
  Set<TableId> dispatch(
      SourceTransaction t, boolean safeMode, Map<TableId, BinlogPosition> tableCheckpoints)
      throws InterruptedException {
    Set<TableId> touched = new LinkedHashSet<>();
    for (SourceTransaction.RowsEvent ev : t.rows()) {
      TableId table = TableId.of(ev.table().getDatabase(), ev.table().getTable());
      SyncRouting.TableRoute route = routing.route(table);
      if (!route.migrated()) {
        continue;
      }
      EventDecision decision = route.decision(ev.kind());
      if (decision.outcome() == EventDecision.Outcome.ERROR) {
        throw new FerryException(
            ErrorCode.DDL_BLOCKED,
            t.end(),
            ev.kind() + " on " + table + " (rule " + decision.ruleName() + ")");
      }
      if (decision.isSkip()) {
        continue;
      }
      BinlogPosition tableDone = tableCheckpoints.get(table);
      if (tableDone != null && t.end().compareTo(tableDone) <= 0) {
        continue; // this table's checkpoint is already past the transaction
      }
      TableSchema schema =
          tracker
              .catalog()
              .table(table)
              .orElseThrow(
                  () ->
                      new FerryException(
                          ErrorCode.SCHEMA_UNTRACKED,
                          table,
                          "row changes at " + t.end() + " but no tracked schema"));
      byte[] types = ev.table().getColumnTypes();
      try {
        RowDecoder.checkShape(table, schema, types.length);
      } catch (IllegalStateException e) {
        throw new FerryException(ErrorCode.SCHEMA_UNTRACKED, e, table, e.getMessage());
      }
      int rows =
          ev.kind() == SourceTransaction.Kind.INSERT ? ev.after().size() : ev.before().size();
      for (int i = 0; i < rows; i++) {
        Object[] before =
            ev.kind() == SourceTransaction.Kind.INSERT
                ? null
                : decode(ev.before().get(i), schema, types);
        Object[] after =
            ev.kind() == SourceTransaction.Kind.DELETE
                ? null
                : decode(ev.after().get(i), schema, types);
        if (route.rowFilters() && dropped(table, schema, ev.kind(), before, after)) {
          continue;
        }
        RowChange change =
            new RowChange(
                ev.kind(), table, route.target(), schema, route.extra(), before, after, t.end());
        dispatch(change, safeMode);
      }
      touched.add(table);
    }
    return touched;
  }

  private static Object[] decode(Serializable[] image, TableSchema schema, byte[] types) {
    return RowDecoder.decode(image, schema, types);
  }

  private boolean dropped(
      TableId table,
      TableSchema schema,
      SourceTransaction.Kind kind,
      Object[] before,
      Object[] after) {
    RowFilterResult r =
        switch (kind) {
          case INSERT -> rules.filterInsert(table, RowDecoder.named(schema, after));
          case UPDATE ->
              rules.filterUpdate(
                  table, RowDecoder.named(schema, before), RowDecoder.named(schema, after));
          case DELETE -> rules.filterDelete(table, RowDecoder.named(schema, before));
        };
    return r.dropped();
  }

  private void dispatch(RowChange change, boolean safeMode) throws InterruptedException {
    List<String> keys = Causality.keys(change);
    int worker = causality.assign(keys);
    if (worker == Causality.CONFLICT) {
      workers.drain();
      causality.reset();
      worker = causality.assign(keys);
    }
    workers.dispatch(worker, new ApplyWorker.Job(change, safeMode));
  }
}
