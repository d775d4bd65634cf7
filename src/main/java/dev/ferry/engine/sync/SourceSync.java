package dev.ferry.engine.sync;

import dev.ferry.config.SourceConfig;
import dev.ferry.config.SyncOptions;
import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.EventKind;
import dev.ferry.domain.TableId;
import dev.ferry.engine.DbErrorCodes;
import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import dev.ferry.engine.SyncStatus;
import dev.ferry.engine.db.ConnectOptions;
import dev.ferry.engine.db.ConnectionFactory;
import dev.ferry.engine.db.DbException;
import dev.ferry.engine.db.Endpoint;
import dev.ferry.engine.ddl.DirectDdl;
import dev.ferry.engine.run.UnitContext;
import dev.ferry.rules.SourceRules;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sync of one source: a {@link BinlogReader} fills a bounded queue with transactions; this
 * coordinator decodes their rows with the tracked schemas, applies the rules, and hands each change
 * to the worker its keys choose; DDLs and checkpoints first drain the workers. The global
 * checkpoint is saved only after a drain, at a transaction end, so it never covers a change the
 * target has not committed.
 */
final class SourceSync {

  private static final Logger LOG = LoggerFactory.getLogger(SourceSync.class);
  private static final int MAX_RELATIONS = 200_000;

  private final UnitContext context;
  private final SourceConfig source;
  private final SyncOptions options;
  private final SyncTuning tuning;
  private final SyncMetrics metrics;

  /**
   * Apply connections send a run of same-SQL statements in one round trip; statements are parsed
   * once per connection. {@code useLocalSessionState}: Connector/J otherwise asks the server for
   * {@code @@session.transaction_read_only} before every update it sends (a round trip per
   * statement); the apply sessions change their state only through JDBC, so the driver's own record
   * of it is exact.
   */
  private final ConnectionFactory connections =
      new ConnectionFactory(
          ConnectOptions.defaults()
              .withDriverProperty("useLocalSessionState", "true")
              .withDriverProperty("rewriteBatchedStatements", "true")
              .withDriverProperty("cachePrepStmts", "true")
              .withDriverProperty("prepStmtCacheSize", "500")
              .withDriverProperty("prepStmtCacheSqlLimit", "65536"));

  private final Map<TableId, BinlogPosition> touched = new HashMap<>();
  private Map<TableId, BinlogPosition> tableCheckpoints = Map.of();
  private SyncRouting routing;
  private SafeModePolicy safeMode;
  private boolean safeModeShown;
  private BinlogPosition dispatched;
  private BinlogPosition flushed;
  private long lastFlushNanos = System.nanoTime();

  SourceSync(UnitContext context, SourceConfig source, SyncTuning tuning) {
    this.context = context;
    this.source = source;
    this.options = source.sync();
    this.tuning = tuning;
    this.metrics = new SyncMetrics(source.sourceId(), context.progress());
  }

  SyncStatus status() {
    return metrics.status();
  }

  void run() throws InterruptedException {
    String sourceId = source.sourceId();
    Endpoint sourceEndpoint;
    Endpoint targetEndpoint;
    try {
      sourceEndpoint = Endpoint.source(source);
      targetEndpoint = Endpoint.target(context.config().target());
    } catch (DbException e) {
      throw DbErrorCodes.toFerry(e);
    }
    SourceRules rules = SyncRouting.rules(context.config(), source);
    routing = new SyncRouting(rules);
    SchemaTracker tracker = new SchemaTracker(context.store(), context.taskId(), sourceId);
    StartPoint start;
    try (Connection c = connections.open(sourceEndpoint)) {
      start = StartPoint.resolve(c, context, source);
      tracker.init(c, start.position(), rules);
    } catch (SQLException e) {
      throw DbErrorCodes.toFerry(DbException.of(sourceEndpoint.label(), e));
    } catch (DbException e) {
      throw DbErrorCodes.toFerry(e);
    }
    if (context.store().checkpoints().global(context.taskId(), sourceId).isEmpty()) {
      // a first run that fails before its first flush must resume here, not at the source's head
      context.store().checkpoints().saveGlobal(context.taskId(), sourceId, start.position());
    }
    tableCheckpoints = context.store().checkpoints().tables(context.taskId(), sourceId);
    dispatched = start.position();
    flushed = start.position();
    metrics.applied = start.position();
    metrics.source = start.position();
    BinlogPosition exit =
        context.store().checkpoints().safeModeExit(context.taskId(), sourceId).orElse(null);
    safeMode =
        SafeModePolicy.atStart(
            options.safeMode(), exit, start.position(), options.effectiveSafeModeDuration());
    if (exit != null && safeMode.exit() == null) {
      context.store().checkpoints().setSafeModeExit(context.taskId(), sourceId, null);
    }
    BlockingQueue<SourceTransaction> queue =
        new ArrayBlockingQueue<>(Math.max(16, options.queueSize()));
    DdlErrorHandling operations = DdlErrorHandling.of(context.store(), context.taskId());
    try (WorkerPool workers =
            new WorkerPool(
                options.workerCount(),
                options.queueSize(),
                options.batch(),
                new BatchPlanner(options.compact(), options.multipleRows()),
                () -> targetConnection(targetEndpoint),
                metrics,
                context.threads("sync-" + sourceId),
                this::retryEvent);
        DdlApplier applier = new DdlApplier(() -> targetConnection(targetEndpoint));
        BinlogReader reader =
            new BinlogReader(
                sourceEndpoint,
                start.serverId(),
                start.mariaDb(),
                source.enableGtid(),
                start.position(),
                tuning.heartbeat(),
                queue,
                context.threads("binlog-" + sourceId),
                this::retryEvent)) {
      DdlHandler ddl =
          new DdlHandler(
              context.taskId(),
              sourceId,
              context.store(),
              rules,
              routing.names(),
              tracker,
              new DirectDdl(),
              applier,
              operations,
              metrics);
      Causality causality = new Causality(workers.size());
      RowDispatcher rows = new RowDispatcher(rules, routing, tracker, workers, causality, metrics);
      reader.start();
      try {
        loop(queue, reader, workers, rows, ddl, causality);
        flush(workers);
      } catch (RuntimeException | InterruptedException e) {
        rememberSafeModeExit(workers);
        throw translate(e, sourceEndpoint);
      }
    }
  }

  private void loop(
      BlockingQueue<SourceTransaction> queue,
      BinlogReader reader,
      WorkerPool workers,
      RowDispatcher rows,
      DdlHandler ddl,
      Causality causality)
      throws InterruptedException {
    long lastTxnMillis = 0;
    while (!context.stopRequested()) {
      SourceTransaction t = queue.poll(tuning.idlePoll().toMillis(), TimeUnit.MILLISECONDS);
      Throwable readerFailure = reader.failure();
      if (t == null && readerFailure != null) {
        throw readerFailure instanceof RuntimeException r
            ? r
            : new IllegalStateException(readerFailure);
      }
      workers.throwIfFailed();
      metrics.source = reader.sourcePosition();
      metrics.queued = queue.size() + workers.queued();
      metrics.caughtUp = reader.lastHeartbeatMillis() > lastTxnMillis && queue.isEmpty();
      reader.checkAlive();
      if (t == null) {
        idle(reader, queue, workers);
      }
      if (t != null) {
        lastTxnMillis = System.currentTimeMillis();
        metrics.events.increment();
        if (t.ddl() != null) {
          flush(workers); // a DDL the target rejects then resumes right at the DDL
          causality.reset();
          if (ddl.handle(t.ddl(), t.end(), t.timestampSeconds())) {
            routing.invalidate();
          }
          dispatched = t.end();
          flush(workers);
        } else {
          boolean safe = safeMode(t.end());
          for (TableId table : rows.dispatch(t, safe, tableCheckpoints)) {
            touched.put(table, t.end());
          }
          dispatched = t.end();
        }
        metrics.lastAppliedEventSeconds = t.timestampSeconds();
        if (causality.size() > MAX_RELATIONS) {
          workers.drain();
          causality.reset();
        }
      }
      if (System.nanoTime() - lastFlushNanos >= options.checkpointFlushInterval().toNanos()) {
        flush(workers);
      }
    }
  }

  /**
   * With nothing queued and every worker idle, all that was dispatched is committed: the applied
   * position moves there (and on to the source's last heartbeat position, past events that are not
   * transactions, such as a rotation to a new binlog file) without waiting for the next flush.
   */
  private void idle(
      BinlogReader reader, BlockingQueue<SourceTransaction> queue, WorkerPool workers) {
    // read before the checks: the reader queues a transaction before it moves its position
    BinlogPosition seen = reader.sourcePosition();
    if (!queue.isEmpty() || !workers.idle()) {
      return;
    }
    BinlogPosition applied = dispatched;
    if (seen != null && seen.compareTo(applied) > 0) {
      applied = seen.withGtidSet(dispatched.gtidSet());
    }
    metrics.applied = applied;
  }

  /** A reconnect inside the sync (binlog reader, apply worker): a RETRY entry of the event log. */
  private void retryEvent(String message) {
    try {
      context
          .store()
          .events()
          .append(context.taskId(), EventKind.RETRY, source.sourceId() + ": " + message);
    } catch (RuntimeException e) {
      LOG.warn("Cannot write to the event log: {}", message, e); // the reconnect goes on
    }
  }

  private boolean safeMode(BinlogPosition end) {
    boolean on = safeMode.active(end);
    if (on != metrics.safeMode || !safeModeShown) {
      if (on || safeModeShown) {
        String message =
            source.sourceId()
                + ": safe mode "
                + (on ? "on (" + safeMode.describe() + ")" : "off")
                + " at "
                + end;
        LOG.info(message);
        context.store().events().append(context.taskId(), EventKind.INFO, message);
      }
      safeModeShown = true;
      metrics.safeMode = on;
    }
    return on;
  }

  /** Drains the workers and saves the global and per-table checkpoints in one store transaction. */
  private void flush(WorkerPool workers) throws InterruptedException {
    lastFlushNanos = System.nanoTime();
    if (dispatched.equals(flushed) && touched.isEmpty()) {
      return;
    }
    workers.drain();
    BinlogPosition global = dispatched;
    context
        .store()
        .checkpoints()
        .save(context.taskId(), source.sourceId(), global, Map.copyOf(touched));
    touched.clear();
    flushed = global;
    if (metrics.applied == null || global.compareTo(metrics.applied) > 0) {
      metrics.applied = global; // idle() may already have moved it past a rotation
    }
    BinlogPosition exit = safeMode.exit();
    if (exit != null && global.compareTo(exit) > 0) {
      context.store().checkpoints().setSafeModeExit(context.taskId(), source.sourceId(), null);
    }
  }

  /**
   * After a failure the target may hold changes past the saved checkpoint: the next run replays
   * them in safe mode until it passes what was dispatched (DM's exit point).
   */
  private void rememberSafeModeExit(WorkerPool workers) {
    try {
      if (dispatched.compareTo(flushed) > 0) {
        context
            .store()
            .checkpoints()
            .setSafeModeExit(context.taskId(), source.sourceId(), dispatched);
      }
    } catch (RuntimeException e) {
      LOG.warn("Cannot save the safe mode exit point {}", dispatched, e);
    }
  }

  private static RuntimeException translate(Exception e, Endpoint sourceEndpoint) {
    if (e instanceof FerryException f) {
      return f;
    }
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return new FerryException(
          ErrorCode.CONNECTION_LOST, e, sourceEndpoint.label(), "interrupted");
    }
    if (e instanceof BinlogReader.BinlogPurgedException p) {
      return FerryException.withAction(
          ErrorCode.BINLOG_PURGED,
          "Run the full copy again for the task (or the affected tables), or keep binlogs longer on the source "
              + "(binlog_expire_logs_seconds), then start again.",
          p,
          sourceEndpoint.label(),
          p.getMessage());
    }
    if (e instanceof DbException d) {
      return DbErrorCodes.toFerry(d);
    }
    return new FerryException(ErrorCode.INTERNAL, e, e.toString());
  }

  private Connection targetConnection(Endpoint target) {
    Connection c = connections.open(target);
    try (Statement s = c.createStatement()) {
      // the rows come from a server that accepted them: no strict checks, zero dates allowed,
      // an explicit 0 in an AUTO_INCREMENT column stays 0; foreign keys are the source's concern
      if (!target.session().containsKey("sql_mode")) {
        s.execute(
            "SET SESSION sql_mode = 'NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION,ALLOW_INVALID_DATES'");
      }
      s.execute("SET SESSION foreign_key_checks = 0");
      return c;
    } catch (SQLException e) {
      try {
        c.close();
      } catch (SQLException ignored) {
        // the original failure matters
      }
      throw DbException.of(target.label(), e);
    }
  }
}
