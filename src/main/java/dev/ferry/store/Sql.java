package dev.ferry.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/**
 * How the stores run their JDBC work: either in a transaction of its own ({@link PooledSql}) or
 * inside the caller's transaction ({@link BoundSql}). Each store method is one call.
 */
abstract class Sql {

  /** JDBC work on one connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final Clock clock;

  Sql(Clock clock) {
    this.clock = clock;
  }

  /**
   * Runs {@code work}; {@code what} completes the sentence "Could not ..." in error messages, e.g.
   * "save the binlog checkpoint of task 1234".
   */
  abstract <T> T call(String what, Work<T> work);

  /** The store's notion of now, truncated to what H2 keeps (microseconds). */
  Instant now() {
    Instant now = clock.instant();
    return now.minusNanos(now.getNano() % 1000);
  }

  static StoreException failure(String what, SQLException e) {
    return new StoreException("Could not " + what + ": " + e.getMessage(), e);
  }

  /** Runs the work on the connection of an enclosing transaction; the caller commits. */
  static final class BoundSql extends Sql {

    private final Connection connection;

    BoundSql(Connection connection, Clock clock) {
      super(clock);
      this.connection = connection;
    }

    @Override
    <T> T call(String what, Work<T> work) {
      try {
        return work.run(connection);
      } catch (SQLException e) {
        throw failure(what, e);
      }
    }
  }
}
