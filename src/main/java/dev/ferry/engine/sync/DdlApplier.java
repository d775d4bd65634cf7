package dev.ferry.engine.sync;

import dev.ferry.engine.db.Quoting;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs DDL on the target on a connection of its own, with the source's event time as {@code
 * TIMESTAMP} so {@code DEFAULT CURRENT_TIMESTAMP} columns get the upstream's value. Errors that
 * only say the change is already there (a replay after a resume) count as success, as in DM.
 */
final class DdlApplier implements AutoCloseable {

  /**
   * 1007 database exists, 1008 database missing on drop, 1050 table exists, 1051 unknown table on
   * drop, 1060 duplicate column, 1061 duplicate key name, 1068 multiple primary key, 1091 cannot
   * drop (missing column or key), 1054 unknown column, 1517 duplicate partition, 1507 missing
   * partition.
   */
  static final Set<Integer> IGNORABLE =
      Set.of(1007, 1008, 1050, 1051, 1060, 1061, 1068, 1091, 1054, 1517, 1507);

  private final Supplier<Connection> connector;
  private Connection connection;

  DdlApplier(Supplier<Connection> connector) {
    this.connector = connector;
  }

  /**
   * Runs {@code sql}; returns false when the target said the change was already made.
   *
   * @param schema the routed current schema for unqualified names inside the statement, or null
   */
  boolean execute(String sql, String schema, long timestampSeconds) throws SQLException {
    Connection c = connection();
    try (Statement s = c.createStatement()) {
      if (schema != null && !schema.isEmpty()) {
        try {
          s.execute("USE " + Quoting.identifier(schema));
        } catch (SQLException e) {
          if (e.getErrorCode() != 1049) {
            throw e;
          }
        }
      }
      s.execute("SET TIMESTAMP = " + (timestampSeconds > 0 ? timestampSeconds : "DEFAULT"));
      try {
        s.execute(sql);
        return true;
      } catch (SQLException e) {
        if (IGNORABLE.contains(e.getErrorCode())) {
          return false;
        }
        throw e;
      } finally {
        s.execute("SET TIMESTAMP = DEFAULT");
      }
    } catch (SQLException e) {
      if (!c.isValid(1)) {
        close();
      }
      throw e;
    }
  }

  private Connection connection() {
    if (connection == null) {
      connection = connector.get();
    }
    return connection;
  }

  @Override
  public void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        // closing after a failure
      }
      connection = null;
    }
  }
}
