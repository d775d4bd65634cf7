package dev.ferry.engine.sync;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Picks the server id Ferry's binlog connection uses. Two replicas with the same id make the source
 * drop the older connection, so the id must be free: a random one in a high range that real
 * topologies rarely use, checked against the source's own id and its connected replicas.
 */
final class ServerIds {

  static final long LOW = 1_000_000_000L;
  static final long HIGH = 2_000_000_000L;

  private ServerIds() {}

  static long pick(Connection source, Integer configured) throws SQLException {
    if (configured != null && configured > 0) {
      return configured;
    }
    Set<Long> taken = new HashSet<>();
    try (Statement s = source.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT @@server_id")) {
        if (rs.next()) {
          taken.add(rs.getLong(1));
        }
      }
      try (ResultSet rs = s.executeQuery("SHOW SLAVE HOSTS")) {
        while (rs.next()) {
          taken.add(rs.getLong(1));
        }
      } catch (SQLException e) {
        // needs REPLICATION MASTER ADMIN on MariaDB; a random id in the high range is still safe
      }
    }
    long id;
    do {
      id = ThreadLocalRandom.current().nextLong(LOW, HIGH);
    } while (taken.contains(id));
    return id;
  }
}
