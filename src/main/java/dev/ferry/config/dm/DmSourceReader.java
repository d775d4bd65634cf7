package dev.ferry.config.dm;

import dev.ferry.config.Secret;
import dev.ferry.config.TlsConfig;
import dev.ferry.config.rules.BinlogFilterRule;
import java.util.ArrayList;
import java.util.List;

/** Reads one DM {@code source.yaml}: connection, GTID, server id and source-level filters. */
final class DmSourceReader {

  /** What a source.yaml contributes to a {@code SourceConfig}. */
  record DmSource(
      String file,
      String sourceId,
      String host,
      int port,
      String user,
      Secret password,
      TlsConfig tls,
      Integer serverId,
      boolean enableGtid,
      Boolean caseSensitive,
      List<BinlogFilterRule> filters) {}

  private static final int DEFAULT_PORT = 3306;

  private DmSourceReader() {}

  static DmSource read(DmNode n, DmProblems p) {
    String sourceId = n.string("source-id");
    if (sourceId == null || sourceId.isBlank()) {
      p.error(
          n.pathOf("source-id"),
          "The source.yaml has no 'source-id'",
          "Set the source-id that the task's mysql-instances refer to.");
    }
    Boolean enable = n.bool("enable");
    if (Boolean.FALSE.equals(enable)) {
      p.unsupported(
          n.pathOf("enable"),
          "'enable: false' is not supported by Ferry",
          "Ferry migrates every source of the task; remove the source from the task instead.");
    }
    Boolean enableGtid = n.bool("enable-gtid");
    relay(n, p);
    String flavor = n.string("flavor");
    if (flavor != null && !flavor.isBlank() && !flavor.matches("(?i)mysql|mariadb")) {
      p.error(n.pathOf("flavor"), "Unknown flavor '" + flavor + "'", "Use mysql or mariadb.");
    } else if (flavor != null && !flavor.isBlank()) {
      p.warning(
          n.pathOf("flavor"),
          "'flavor' is not stored by Ferry",
          "Ferry detects MySQL or MariaDB when it connects; the value is not needed.");
    }
    Long serverId = n.longValue("server-id");
    if (serverId != null && (serverId < 0 || serverId > Integer.MAX_VALUE)) {
      p.error(
          n.pathOf("server-id"),
          "Ferry supports a 'server-id' between 1 and 2147483647",
          "Choose a smaller id that no other replica of the source uses, or remove it (0 or"
              + " absent lets Ferry choose).");
      serverId = null;
    }
    DmNode from = n.object("from");
    String host = "";
    int port = DEFAULT_PORT;
    String user = "";
    Secret password = Secret.ask();
    TlsConfig tls = TlsConfig.preferred();
    if (from == null) {
      p.error(
          n.pathOf("from"),
          "The source.yaml has no 'from' block",
          "Add from: {host, port, user, password}.");
    } else {
      host = orEmpty(from.string("host"));
      Integer fromPort = from.integer("port");
      port = fromPort == null ? DEFAULT_PORT : fromPort;
      user = orEmpty(from.string("user"));
      password = DmPasswords.read(from.string("password"), from.pathOf("password"), p);
      tls = DmSecurity.read(from, p);
      if (from.has("max-allowed-packet")) {
        p.deprecated(
            from.pathOf("max-allowed-packet"),
            "'max-allowed-packet' is deprecated",
            "Ignored, as by DM: the driver reads the server's value.");
      }
      from.skip("max-allowed-packet");
      if (!from.stringMap("session").isEmpty()) {
        p.unsupported(
            from.pathOf("session"),
            "Source session variables are not supported by Ferry",
            "Ferry sets the session it needs on source connections; the values are ignored.");
      }
    }
    if (n.has("purge")) {
      p.unsupported(
          n.pathOf("purge"),
          "Relay log purge settings are not supported by Ferry",
          "Ferry reads the binlog directly from the source and keeps no relay log.");
    }
    if (n.has("checker")) {
      p.unsupported(
          n.pathOf("checker"),
          "Auto-resume ('checker') settings are not supported",
          "Ferry retries retryable errors itself; resume a paused task from the dashboard or CLI.");
    }
    n.skip("purge", "checker");
    for (String key : List.of("charset", "meta-dir", "auto-fix-gtid", "tracer")) {
      if (n.has(key)) {
        p.deprecated(n.pathOf(key), "'" + key + "' is deprecated", "Ignored, as by DM.");
      }
      n.skip(key);
    }
    Boolean caseSensitive = n.bool("case-sensitive");
    List<BinlogFilterRule> filters = new ArrayList<>();
    for (DmNode f : n.objectList("filters")) {
      filters.add(DmRulesReader.filter(f, p));
    }
    return new DmSource(
        n.file(),
        sourceId,
        host,
        port,
        user,
        password,
        tls,
        serverId == null || serverId == 0 ? null : serverId.intValue(),
        Boolean.TRUE.equals(enableGtid),
        caseSensitive,
        filters);
  }

  private static void relay(DmNode n, DmProblems p) {
    if (Boolean.TRUE.equals(n.bool("enable-relay"))) {
      p.unsupported(
          n.pathOf("enable-relay"),
          "Relay log is not supported by Ferry",
          "Ferry reads the binlog directly from the source; enable-relay is ignored.");
    }
    for (String key : List.of("relay-binlog-name", "relay-binlog-gtid", "relay-dir")) {
      String value = n.string(key);
      if (value != null && !value.isBlank()) {
        p.unsupported(
            n.pathOf(key),
            "'" + key + "' (relay log) is not supported by Ferry",
            "Ferry keeps no relay log; for where to start, use the task's mysql-instances meta.");
      }
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
