package dev.ferry.engine.dump;

import dev.ferry.domain.BinlogPosition;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** Reads the source's current binlog position and GTID state. */
public final class BinlogPositions {

  private BinlogPositions() {}

  /** The current position, or empty when the binary log is off. */
  public static Optional<BinlogPosition> current(Connection c, ServerFlavor flavor)
      throws SQLException {
    String file;
    long pos;
    String gtid = null;
    try (Statement s = c.createStatement()) {
      try (ResultSet rs = masterStatus(s)) {
        if (!rs.next()) {
          return Optional.empty();
        }
        file = text(rs.getBytes(1));
        pos = rs.getLong(2);
        if (flavor == ServerFlavor.MYSQL && rs.getMetaData().getColumnCount() >= 5) {
          gtid = text(rs.getBytes(5)).replace("\n", "");
        }
      }
      if (flavor == ServerFlavor.MARIADB) {
        try (ResultSet g = s.executeQuery("SELECT @@GLOBAL.gtid_binlog_pos")) {
          g.next();
          gtid = text(g.getBytes(1));
        }
      }
    }
    return Optional.of(new BinlogPosition(file, pos, gtid));
  }

  private static ResultSet masterStatus(Statement s) throws SQLException {
    try {
      return s.executeQuery("SHOW MASTER STATUS");
    } catch (SQLException e) {
      return s.executeQuery("SHOW BINARY LOG STATUS"); // MySQL 8.4 renamed it
    }
  }

  private static String text(byte[] bytes) {
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }
}
