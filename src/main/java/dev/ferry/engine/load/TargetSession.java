package dev.ferry.engine.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Session settings of target connections used for loading. */
public final class TargetSession {

  private static final Logger LOG = LoggerFactory.getLogger(TargetSession.class);

  private TargetSession() {}

  /**
   * UTC so TIMESTAMP text means the same instant as on the source; a permissive sql_mode so zero
   * dates and zero AUTO_INCREMENT values load as they are (strictness is kept by checking LOAD's
   * warnings instead); key checks off because the source already enforced them.
   *
   * @param skipBinlog also {@code sql_log_bin=0} (needs SUPER or similar; skipped with a warning
   *     when denied)
   */
  public static void pin(Connection c, boolean skipBinlog) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET SESSION time_zone = '+00:00'");
      s.execute("SET SESSION sql_mode = 'NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION'");
      s.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
      if (skipBinlog) {
        try {
          s.execute("SET SESSION sql_log_bin = 0");
        } catch (SQLException e) {
          LOG.warn("Cannot turn off the target's binlog for loading: {}", e.getMessage());
        }
      }
    }
  }
}
