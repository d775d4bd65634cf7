package dev.ferry.engine.sync;

import dev.ferry.engine.db.DbError;
import dev.ferry.engine.db.DbException;
import dev.ferry.engine.db.SqlErrors;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One apply connection with its own queue: takes up to {@code batch} changes at a time (from many
 * upstream transactions) and commits them in one target transaction. A transient failure
 * (connection loss, deadlock) rolls back and replays the whole batch on a new connection in safe
 * mode, so a commit whose outcome is unknown is made idempotent; anything else stops the worker and
 * is re-raised by the coordinator.
 */
final class ApplyWorker implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(ApplyWorker.class);
  private static final int ATTEMPTS = 5;

  /** A change and whether it is applied in safe mode. */
  record Job(RowChange change, boolean safeMode) {}

  private final int index;
  private final BlockingQueue<Job> queue;
  private final int batch;
  private final Supplier<Connection> connector;
  private final SyncMetrics metrics;
  private final BatchPlanner planner;
  private final Consumer<String> retries;
  final AtomicLong enqueued = new AtomicLong();
  final AtomicLong completed = new AtomicLong();
  private volatile boolean stopping;
  private volatile RuntimeException failure;
  private Connection connection;
  private StatementCache statements;

  ApplyWorker(
      int index,
      int queueSize,
      int batch,
      BatchPlanner planner,
      Supplier<Connection> connector,
      SyncMetrics metrics,
      Consumer<String> retries) {
    this.planner = planner;
    this.retries = retries;
    this.index = index;
    this.queue = new ArrayBlockingQueue<>(Math.max(1, queueSize));
    this.batch = Math.max(1, batch);
    this.connector = connector;
    this.metrics = metrics;
  }

  /** Queues a job; blocks while the queue is full, returning false if the worker failed. */
  boolean offer(Job job) throws InterruptedException {
    enqueued.incrementAndGet();
    while (!queue.offer(job, 100, TimeUnit.MILLISECONDS)) {
      if (failure != null || stopping) {
        return false;
      }
    }
    return true;
  }

  RuntimeException failure() {
    return failure;
  }

  boolean idle() {
    return completed.get() == enqueued.get();
  }

  int queued() {
    return queue.size();
  }

  void stop() {
    stopping = true;
  }

  @Override
  public void run() {
    List<Job> jobs = new ArrayList<>(batch);
    try {
      while (!stopping) {
        Job first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        jobs.clear();
        jobs.add(first);
        queue.drainTo(jobs, batch - 1);
        apply(jobs);
        completed.addAndGet(jobs.size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      failure = e;
      LOG.error("Apply worker {} stopped", index, e);
    } finally {
      close();
    }
  }

  private void apply(List<Job> jobs) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      boolean forceSafe = attempt > 1;
      try {
        Connection c = connection();
        DmlStatements.executeAll(statements, planner.plan(jobs, forceSafe));
        c.commit();
        for (Job job : jobs) {
          metrics.applied(job.change());
        }
        return;
      } catch (SQLException e) {
        DbException db = DbException.of(label(), e);
        // a connection the driver already gave up on: whatever the message says (e.g. "No
        // operations allowed after statement closed" from a statement the driver closed with it)
        boolean gone = connectionGone();
        close();
        boolean transient_ =
            gone
                || db.kind() == DbError.CONNECTION_LOST
                || db.kind() == DbError.CONNECTION_FAILED
                || db.kind() == DbError.LOCK_CONFLICT
                || db.kind() == DbError.QUERY_TIMEOUT;
        if (!transient_ || attempt >= ATTEMPTS) {
          throw db;
        }
        retry(
            db.getMessage() + " (" + SqlErrors.classify(e) + ")",
            jobs.size(),
            attempt,
            200L * attempt);
        Thread.sleep(200L * attempt);
      } catch (DbException e) {
        close();
        if (!e.retryable() || attempt >= ATTEMPTS) {
          throw e;
        }
        retry(e.getMessage(), jobs.size(), attempt, 500L * attempt);
        Thread.sleep(500L * attempt);
      }
    }
  }

  private void retry(String reason, int changes, int attempt, long waitMillis) {
    String message =
        "apply worker "
            + index
            + ": "
            + reason
            + "; reconnecting to the target in "
            + waitMillis
            + " ms and replaying "
            + changes
            + " changes in safe mode (attempt "
            + attempt
            + ")";
    LOG.warn("{}", message);
    retries.accept(message);
  }

  private boolean connectionGone() {
    try {
      return connection != null && connection.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }

  private String label() {
    return "target";
  }

  private Connection connection() throws SQLException {
    if (connection == null) {
      connection = connector.get();
      connection.setAutoCommit(false);
      statements = new StatementCache(connection);
    }
    return connection;
  }

  private void close() {
    if (connection != null) {
      if (statements != null) {
        statements.close();
        statements = null;
      }
      try {
        connection.rollback();
      } catch (SQLException e) {
        LOG.trace("rollback on close", e);
      }
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.trace("close", e);
      }
      connection = null;
    }
  }
}
