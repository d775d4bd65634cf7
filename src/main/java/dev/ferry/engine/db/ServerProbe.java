package dev.ferry.engine.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a {@link ServerInfo} over an open connection. Uses only statements that need no privilege
 * ({@code SHOW GLOBAL VARIABLES}, {@code CURRENT_USER()}), so it works for any account.
 */
public final class ServerProbe {

  /** The variables Ferry reads; servers lacking one simply leave it out. */
  public static final List<String> VARIABLES =
      List.of(
          "version",
          "version_comment",
          "aurora_version",
          "basedir",
          "hostname",
          "log_bin",
          "binlog_format",
          "binlog_row_image",
          "server_id",
          "gtid_mode",
          "enforce_gtid_consistency",
          "gtid_executed",
          "gtid_purged",
          "gtid_strict_mode",
          "gtid_binlog_pos",
          "gtid_current_pos",
          "gtid_domain_id",
          "expire_logs_days",
          "binlog_expire_logs_seconds",
          "log_slave_updates",
          "log_replica_updates",
          "lower_case_table_names",
          "max_allowed_packet",
          "local_infile",
          "time_zone",
          "system_time_zone",
          "sql_mode",
          "max_connections",
          "read_only",
          "character_set_server",
          "collation_server",
          "default_storage_engine");

  private ServerProbe() {}

  /** Probes the server behind {@code connection}; {@code label} names it in errors. */
  public static ServerInfo probe(Connection connection, String label) {
    String in =
        VARIABLES.stream().map(Quoting::literal).collect(Collectors.joining(", ", "(", ")"));
    Map<String, String> variables = new HashMap<>();
    try (Statement s = connection.createStatement()) {
      try (ResultSet rs = s.executeQuery("SHOW GLOBAL VARIABLES WHERE Variable_name IN " + in)) {
        while (rs.next()) {
          variables.put(rs.getString(1).toLowerCase(Locale.ROOT), nullToEmpty(rs.getString(2)));
        }
      }
      String user;
      try (ResultSet rs = s.executeQuery("SELECT CURRENT_USER(), @@version")) {
        rs.next();
        user = rs.getString(1);
        variables.putIfAbsent("version", nullToEmpty(rs.getString(2)));
      }
      return ServerInfo.of(user, variables);
    } catch (SQLException e) {
      throw DbException.of(label, e);
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
