package dev.ferry.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each call in a transaction of its own on a pooled connection. Conflicts between concurrent
 * transactions (lock timeout, deadlock) and a connection lost when another process that served the
 * database exits are retried a few times: the work is then run again from the start, so it must not
 * have effects outside the store.
 */
final class PooledSql extends Sql {

  private static final Logger LOG = LoggerFactory.getLogger(PooledSql.class);
  private static final int ATTEMPTS = 4;

  private final JdbcConnectionPool pool;

  PooledSql(JdbcConnectionPool pool, Clock clock) {
    super(clock);
    this.pool = pool;
  }

  @Override
  <T> T call(String what, Work<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(work);
      } catch (SQLException | RuntimeException e) {
        SQLException sql = sqlCause(e);
        if (sql != null && isTransient(sql) && attempt < ATTEMPTS) {
          LOG.info(
              "Retrying ({}/{}) after a transient store error: {}",
              attempt,
              ATTEMPTS,
              sql.getMessage());
          pause(attempt);
          continue;
        }
        StoreException failure;
        if (e instanceof StoreException s) {
          failure = s;
        } else if (e instanceof SQLException s) {
          failure = failure(what, s);
        } else {
          failure = new StoreException("Could not " + what + ": " + e, e);
        }
        if (!failure.isLogged()) {
          LOG.warn("State store failure", failure);
          failure.markLogged();
        }
        throw failure;
      }
    }
  }

  private <T> T once(Work<T> work) throws SQLException {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly(connection, e);
        throw e;
      } finally {
        restoreAutoCommit(connection);
      }
    }
  }

  private static void rollbackQuietly(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  private static void restoreAutoCommit(Connection connection) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      LOG.debug("Could not restore auto-commit on a pooled connection", e);
    }
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        return s;
      }
    }
    return null;
  }

  static boolean isTransient(SQLException e) {
    return switch (e.getErrorCode()) {
      case ErrorCode.LOCK_TIMEOUT_1,
          ErrorCode.DEADLOCK_1,
          ErrorCode.CONCURRENT_UPDATE_1,
          ErrorCode.CONNECTION_BROKEN_1 ->
          true;
      default -> false;
    };
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(50L << attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted while retrying a state store operation", e);
    }
  }
}
