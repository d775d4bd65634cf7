package dev.ferry.engine.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes tables (deferred indexes, then done) on a thread and target connection of their own,
 * one table at a time, while the lanes go on loading the next tables: an index build no longer
 * holds up a lane. A stop aborts a running build; the table stays "indexing" and the next run
 * builds what is missing.
 */
final class IndexBuilds implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IndexBuilds.class);

  private final TargetConnector target;
  private final boolean skipBinlog;
  private final IndexFinisher finisher;
  private final ExecutorService pool;
  private final List<Future<?>> builds = new ArrayList<>();
  private volatile Connection connection;

  IndexBuilds(TargetConnector target, boolean skipBinlog, IndexFinisher finisher, ThreadFactory threads) {
    this.target = target;
    this.skipBinlog = skipBinlog;
    this.finisher = finisher;
    this.pool = Executors.newSingleThreadExecutor(threads);
  }

  /** Queues {@code table}'s finish; it runs once the builds queued before it are done. */
  synchronized void submit(PreparedTable table) {
    builds.add(pool.submit(() -> {
      finisher.finishIfComplete(connection(), table);
      return null;
    }));
  }

  private Connection connection() throws SQLException {
    if (connection == null) {
      Connection c = target.open();
      TargetSession.pin(c, skipBinlog);
      connection = c;
    }
    return connection;
  }

  /** Waits for every queued build; throws the first failure. */
  void awaitAll() throws SQLException, InterruptedException {
    List<Future<?>> all;
    synchronized (this) {
      all = List.copyOf(builds);
    }
    Futures.awaitAll(all);
  }

  /** Abandons queued builds and aborts a running one (the server rolls the ALTER back). */
  @Override
  public void close() {
    pool.shutdownNow();
    Connection c = connection;
    if (c != null) {
      try {
        if (!pool.awaitTermination(100, TimeUnit.MILLISECONDS)) {
          c.abort(Runnable::run); // a running ALTER: end it now rather than wait for it
        }
        c.close();
      } catch (SQLException | RuntimeException e) {
        LOG.debug("Closing the index connection: {}", e.getMessage());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
