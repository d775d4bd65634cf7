package dev.ferry.engine.db;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a server is and how it is set up, from its global variables (see {@link ServerProbe}).
 * Typed accessors read {@link #variables()}; a variable the server does not have reads as empty.
 *
 * @param currentUser the account as the server sees it ({@code CURRENT_USER()}), e.g. {@code
 *     ferry@%}
 * @param variables lower-case variable name → global value
 */
public record ServerInfo(
    Flavor flavor,
    Hosting hosting,
    Version version,
    String versionText,
    String currentUser,
    Map<String, String> variables) {

  public ServerInfo {
    variables = Map.copyOf(variables);
    currentUser = currentUser == null ? "" : currentUser;
  }

  /** Derives flavor and hosting from {@code variables} (which must include {@code version}). */
  public static ServerInfo of(String currentUser, Map<String, String> variables) {
    String versionText = variables.getOrDefault("version", "");
    String comment = variables.getOrDefault("version_comment", "");
    Flavor flavor =
        versionText.contains("TiDB") || comment.contains("TiDB")
            ? Flavor.TIDB
            : versionText.contains("MariaDB") || comment.contains("MariaDB")
                ? Flavor.MARIADB
                : Flavor.MYSQL;
    Hosting hosting =
        variables.containsKey("aurora_version")
            ? Hosting.AWS_AURORA
            : variables.getOrDefault("basedir", "").startsWith("/rdsdbbin")
                ? Hosting.AWS_RDS
                : Hosting.SELF_MANAGED;
    return new ServerInfo(
        flavor, hosting, Version.parse(versionText), versionText, currentUser, variables);
  }

  /** The variable's value, if the server has it. */
  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name.toLowerCase(Locale.ROOT)));
  }

  /** {@code MariaDB 11.4.5 (Amazon RDS)}. */
  public String describe() {
    return flavor.displayName()
        + " "
        + version
        + (hosting.isManaged() ? " (" + hosting.displayName() + ")" : "");
  }

  /** The account as {@link Account}. */
  public Account account() {
    return Account.parse(currentUser);
  }

  public boolean logBin() {
    return flag("log_bin");
  }

  public String binlogFormat() {
    return variable("binlog_format").orElse("").toUpperCase(Locale.ROOT);
  }

  /** Empty on servers without the variable (MySQL before 5.6.2, MariaDB before 10.1.6). */
  public Optional<String> binlogRowImage() {
    return variable("binlog_row_image").map(v -> v.toUpperCase(Locale.ROOT));
  }

  public long serverId() {
    return number("server_id", 0);
  }

  /** MySQL's {@code gtid_mode} ({@code OFF}, {@code ON}, …); empty on MariaDB and TiDB. */
  public Optional<String> gtidMode() {
    return variable("gtid_mode").map(v -> v.toUpperCase(Locale.ROOT));
  }

  /** MariaDB's current binlog GTID position, e.g. {@code 0-1-42}; empty when none. */
  public String gtidBinlogPos() {
    return variable("gtid_binlog_pos").orElse("");
  }

  /** MySQL's executed GTID set; empty when none. */
  public String gtidExecuted() {
    return variable("gtid_executed").orElse("").replace("\n", "");
  }

  /** MariaDB's {@code gtid_strict_mode}. */
  public boolean gtidStrictMode() {
    return flag("gtid_strict_mode");
  }

  /**
   * How long the server keeps binlog files before purging them; empty when it never purges them
   * by age. {@code binlog_expire_logs_seconds} wins when set, as on the server.
   */
  public Optional<Duration> binlogRetention() {
    long seconds = number("binlog_expire_logs_seconds", 0);
    if (seconds > 0) {
      return Optional.of(Duration.ofSeconds(seconds));
    }
    double days = decimal("expire_logs_days");
    return days > 0
        ? Optional.of(Duration.ofSeconds((long) (days * 86_400)))
        : Optional.empty();
  }

  public int lowerCaseTableNames() {
    return (int) number("lower_case_table_names", 0);
  }

  public long maxAllowedPacket() {
    return number("max_allowed_packet", 0);
  }

  public boolean localInfile() {
    return flag("local_infile");
  }

  public long maxConnections() {
    return number("max_connections", 0);
  }

  public boolean readOnly() {
    return flag("read_only");
  }

  public String sqlMode() {
    return variable("sql_mode").orElse("");
  }

  /** The global time zone, with {@code SYSTEM} resolved to the system zone. */
  public String effectiveTimeZone() {
    String zone = variable("time_zone").orElse("");
    return zone.equalsIgnoreCase("SYSTEM") ? variable("system_time_zone").orElse(zone) : zone;
  }

  private boolean flag(String name) {
    String v = variable(name).orElse("").toUpperCase(Locale.ROOT);
    return v.equals("ON") || v.equals("1") || v.equals("TRUE");
  }

  private long number(String name, long fallback) {
    try {
      return Long.parseLong(variable(name).orElse("").trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private double decimal(String name) {
    try {
      return Double.parseDouble(variable(name).orElse("").trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
