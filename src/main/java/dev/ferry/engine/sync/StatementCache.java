package dev.ferry.engine.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The prepared statements of one apply connection by SQL text, each prepared once and reused (the
 * least recently used go beyond {@value #MAX}). Dropped with its connection; not thread-safe.
 */
final class StatementCache implements AutoCloseable {

  private static final int MAX = 256;

  private final Connection connection;
  private final Map<String, PreparedStatement> bySql =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
          if (size() > MAX) {
            closeQuietly(eldest.getValue());
            return true;
          }
          return false;
        }
      };

  StatementCache(Connection connection) {
    this.connection = connection;
  }

  /** The statement for {@code sql}, parameters and batch cleared. */
  PreparedStatement get(String sql) throws SQLException {
    PreparedStatement ps = bySql.get(sql);
    if (ps == null) {
      ps = connection.prepareStatement(sql);
      bySql.put(sql, ps);
    } else {
      ps.clearParameters();
    }
    return ps;
  }

  @Override
  public void close() {
    bySql.values().forEach(StatementCache::closeQuietly);
    bySql.clear();
  }

  private static void closeQuietly(PreparedStatement ps) {
    try {
      ps.close();
    } catch (SQLException e) {
      // the connection is going or gone; nothing to keep
    }
  }
}
