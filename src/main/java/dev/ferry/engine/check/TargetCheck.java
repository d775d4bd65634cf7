package dev.ferry.engine.check;

import dev.ferry.config.LoadOptions.OnDuplicate;
import dev.ferry.config.LoadOptions.OnExistingTable;
import dev.ferry.domain.TableId;
import dev.ferry.engine.db.Flavor;
import dev.ferry.engine.db.Quoting;
import dev.ferry.engine.db.ServerInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Target-side checks: existing rows, packet size, LOAD DATA LOCAL, name case, time zone. */
final class TargetCheck {

  /** Existing target tables probed for rows at most; beyond this the check says so. */
  static final int MAX_TABLES_PROBED = 500;

  private TargetCheck() {}

  /**
   * downstream_table_empty: selected tables that already exist on the target: with {@code
   * on-existing-table} fail or recreate every one (the copy stops, or drops it), with append those
   * that hold rows. A warning, not an error: a table an interrupted run of this task created is
   * the copy's own, which only the copy (with its state) can tell.
   */
  static List<Finding> nonEmptyTables(
      ServerSession t, Set<TableId> targets, OnDuplicate onDuplicate, OnExistingTable onExisting) {
    List<Finding> out = new ArrayList<>();
    List<String> schemas = targets.stream().map(TableId::schema).distinct().sorted().toList();
    if (schemas.isEmpty()) {
      return out;
    }
    String in = String.join(", ", Collections.nCopies(schemas.size(), "?"));
    Set<String> wanted = new HashSet<>();
    targets.forEach(x -> wanted.add(key(x, t.ignoreCase())));
    List<TableId> existing =
        t.query("SELECT TABLE_SCHEMA, TABLE_NAME FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE'"
                + " AND TABLE_SCHEMA IN (" + in + ") ORDER BY TABLE_SCHEMA, TABLE_NAME", schemas,
            rs -> TableId.of(rs.getString(1), rs.getString(2)))
            .stream().filter(x -> wanted.contains(key(x, t.ignoreCase()))).toList();
    int probed = 0;
    for (TableId table : existing) {
      if (probed++ >= MAX_TABLES_PROBED) {
        out.add(Finding.info(CheckItem.DOWNSTREAM_TABLE_EMPTY, "target",
            (existing.size() - MAX_TABLES_PROBED) + " more existing target tables were not probed", "", ""));
        break;
      }
      if (onExisting != OnExistingTable.APPEND) {
        out.add(existing(table, onExisting));
        continue;
      }
      boolean hasRows = !t.query("SELECT 1 FROM " + Quoting.table(table) + " LIMIT 1", rs -> 1).isEmpty();
      if (!hasRows) {
        continue;
      }
      String why = "The copy writes into it with on-duplicate=" + onDuplicate.dmName()
          + (onDuplicate == OnDuplicate.ERROR ? ", so the first row with an existing key stops the task."
              : ": rows with the same key are " + (onDuplicate == OnDuplicate.REPLACE ? "overwritten" : "kept as they are")
                  + ", and rows the source does not have stay, so the result differs from the source.");
      Finding f = new Finding(CheckItem.DOWNSTREAM_TABLE_EMPTY,
          onDuplicate == OnDuplicate.ERROR ? Severity.ERROR : Severity.WARNING,
          "target: " + Quoting.table(table), "the table already holds rows", why,
          "If the rows are left from an earlier attempt, empty it:\nTRUNCATE TABLE " + Quoting.table(table) + ";");
      out.add(f);
    }
    if (out.isEmpty()) {
      out.add(Finding.ok(CheckItem.DOWNSTREAM_TABLE_EMPTY, "target",
          existing.isEmpty() ? "no selected table exists on the target yet" : "the existing target tables are empty"));
    }
    return out;
  }

  private static Finding existing(TableId table, OnExistingTable onExisting) {
    String where = "target: " + Quoting.table(table);
    if (onExisting == OnExistingTable.RECREATE) {
      return Finding.warning(CheckItem.DOWNSTREAM_TABLE_EMPTY, where, "the table already exists on the target",
          "on-existing-table is recreate: the copy drops it, with its rows, and creates it from the source"
              + " (unless an earlier run of this task created it).",
          "Nothing to do if that is intended; otherwise set on-existing-table to fail or append.");
    }
    return Finding.warning(CheckItem.DOWNSTREAM_TABLE_EMPTY, where, "the table already exists on the target",
        "on-existing-table is fail: the copy stops before writing any row (unless an earlier run of this"
            + " task created the table).",
        "Drop or rename the table on the target, or set on-existing-table (wizard: Options) to append or"
            + " recreate.");
  }

  static Finding maxAllowedPacket(ServerSession t, List<ServerInfo> sources) {
    long target = t.info().maxAllowedPacket();
    long needed = sources.stream().mapToLong(ServerInfo::maxAllowedPacket).max().orElse(0);
    if (target >= needed || target == 0) {
      return Finding.ok(CheckItem.MAX_ALLOWED_PACKET, "target", "max_allowed_packet is " + mib(target));
    }
    return Finding.warning(CheckItem.MAX_ALLOWED_PACKET, "target",
        "max_allowed_packet is " + mib(target) + ", the source allows " + mib(needed),
        "A row (or a batch of rows) the source accepted can be larger than the target accepts; the insert then fails.",
        ServerFixes.setting(t.info(), "max_allowed_packet", Long.toString(needed), true));
  }

  static Finding localInfile(ServerSession t) {
    if (t.info().flavor() == Flavor.TIDB || t.info().localInfile()) {
      return Finding.ok(CheckItem.LOCAL_INFILE, "target", "LOAD DATA LOCAL INFILE is allowed");
    }
    return Finding.warning(CheckItem.LOCAL_INFILE, "target", "local_infile is OFF",
        "Ferry's fast load path streams rows with LOAD DATA LOCAL INFILE; without it Ferry falls back to"
            + " multi-row INSERT batches, which work but load more slowly.",
        ServerFixes.setting(t.info(), "local_infile", "ON", true));
  }

  static Finding lowerCaseTableNames(ServerSession t, List<ServerInfo> sources) {
    int target = t.info().lowerCaseTableNames();
    boolean differs = sources.stream().anyMatch(s -> s.lowerCaseTableNames() != target);
    if (!differs) {
      return Finding.ok(CheckItem.LOWER_CASE_TABLE_NAMES, "target", "lower_case_table_names is " + target + " everywhere");
    }
    String values = sources.stream().map(s -> Integer.toString(s.lowerCaseTableNames())).distinct()
        .reduce((a, b) -> a + ", " + b).orElse("");
    return Finding.warning(CheckItem.LOWER_CASE_TABLE_NAMES, "target",
        "lower_case_table_names is " + values + " on the source(s) and " + target + " on the target",
        target != 0
            ? "The target stores names in lower case: tables whose names differ only by case collide"
                + " (table_name_collision lists them), and names in replicated DDL change case."
            : "The target is case-sensitive: names must be written exactly as the source spells them.",
        "lower_case_table_names can only be set when a server is initialised; if it matters, route the"
            + " affected tables to distinct lower-case names.");
  }

  static Finding timeZone(ServerSession t, List<ServerInfo> sources) {
    String target = t.info().effectiveTimeZone();
    List<String> zones = sources.stream().map(ServerInfo::effectiveTimeZone).distinct().toList();
    if (zones.stream().allMatch(z -> z.equalsIgnoreCase(target))) {
      return Finding.ok(CheckItem.TIME_ZONE, "target", "all servers use time zone " + target);
    }
    return Finding.info(CheckItem.TIME_ZONE, "target",
        "time zone " + String.join(", ", zones) + " on the source(s), " + target + " on the target",
        "Ferry pins every session to +00:00, so TIMESTAMP values are copied unshifted. Defaults and"
            + " expressions evaluated on the target (CURRENT_TIMESTAMP, NOW()) use the target's zone.",
        "Nothing to do unless applications on the target expect the source's zone: then SET GLOBAL time_zone on the target.");
  }

  /** conn_number: enough free connections for Ferry's pools. */
  static Finding connections(ServerSession s, int needed) {
    long max = s.info().maxConnections();
    if (max == 0 || s.info().flavor() == Flavor.TIDB) {
      return Finding.ok(CheckItem.CONN_NUMBER, s.name(), "no connection limit");
    }
    long used = s.query("SHOW GLOBAL STATUS LIKE 'Threads_connected'", rs -> rs.getLong(2)).stream()
        .findFirst().orElse(0L);
    if (needed > max) {
      return Finding.error(CheckItem.CONN_NUMBER, s.name(),
          "Ferry needs " + needed + " connections, max_connections is " + max,
          "Ferry opens one connection per reader/writer thread.",
          "Lower the task's thread counts, or: " + ServerFixes.setting(s.info(), "max_connections", Long.toString(needed + used + 10), true));
    }
    if (max - used < needed) {
      return Finding.warning(CheckItem.CONN_NUMBER, s.name(),
          "Ferry needs " + needed + " connections, " + (max - used) + " of " + max + " are free",
          "When the server runs out of connections Ferry's threads wait and retry, and the task slows down.",
          ServerFixes.setting(s.info(), "max_connections", Long.toString(needed + used + 10), true));
    }
    return Finding.ok(CheckItem.CONN_NUMBER, s.name(), needed + " connections needed, " + (max - used) + " free");
  }

  private static String key(TableId t, boolean ignoreCase) {
    String k = t.schema() + "\u0000" + t.table();
    return ignoreCase ? k.toLowerCase(Locale.ROOT) : k;
  }

  static String mib(long bytes) {
    return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : bytes + " bytes";
  }
}
