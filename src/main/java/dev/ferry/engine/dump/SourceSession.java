package dev.ferry.engine.dump;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Session settings for reading the source exactly. */
public final class SourceSession {

  private SourceSession() {}

  /**
   * Pins the session: UTC so TIMESTAMP text does not depend on any zone; results in binary so text
   * arrives as the bytes of the column's own character set (no conversion can lose a character);
   * long write timeouts because a streamed read waits while the target catches up.
   */
  public static void pin(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET SESSION time_zone = '+00:00'");
      s.execute("SET SESSION character_set_results = binary");
      s.execute("SET SESSION net_write_timeout = 3600, net_read_timeout = 3600");
    }
  }
}
