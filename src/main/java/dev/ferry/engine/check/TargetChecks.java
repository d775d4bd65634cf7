package dev.ferry.engine.check;

import dev.ferry.config.TaskConfig;
import dev.ferry.domain.TableId;
import dev.ferry.engine.db.Flavor;
import dev.ferry.engine.db.PoolSizes;
import dev.ferry.engine.db.ServerInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The target's own checks and the checks that compare sources with the target. */
final class TargetChecks {

  /** What the target supports, read once. */
  record Capabilities(Map<String, String> collations, Set<String> engines) {}

  private TargetChecks() {}

  static Capabilities first(ServerSession t, TaskConfig task, Set<String> ignored, List<Finding> out) {
    Collector c = new Collector(ignored, out, "target");
    c.one(CheckItem.VERSION, () -> VersionCheck.target(t));
    c.one(CheckItem.CONN_NUMBER, () -> TargetCheck.connections(t, PoolSizes.target(task)));
    Map<String, String> collations = new HashMap<>();
    Set<String> engines = new TreeSet<>();
    c.many(CheckItem.TABLE_CHARSET, () -> {
      t.query("SELECT COLLATION_NAME, CHARACTER_SET_NAME FROM information_schema.COLLATIONS",
          // MariaDB 11 lists UCA 14.0 collations without a character set (NULL)
          rs -> collations.put(rs.getString(1).toLowerCase(Locale.ROOT),
              rs.getString(2) == null ? "" : rs.getString(2).toLowerCase(Locale.ROOT)));
      return List.of();
    });
    if (t.info().flavor() != Flavor.TIDB) { // TiDB accepts and ignores ENGINE clauses
      c.many(CheckItem.TABLE_ENGINE, () -> {
        t.query("SELECT ENGINE FROM information_schema.ENGINES WHERE SUPPORT IN ('YES', 'DEFAULT')",
            rs -> engines.add(rs.getString(1).toUpperCase(Locale.ROOT)));
        return List.of();
      });
    }
    return new Capabilities(collations, engines);
  }

  /** Checks that need every source's tables; {@code t} is null when the target is unreachable. */
  static void compare(
      ServerSession t, Capabilities caps, TaskConfig task, List<SourceState> sources, Set<String> ignored,
      List<Finding> out) {
    Collector c = new Collector(ignored, out, "target");
    List<RoutedTable> routed = new ArrayList<>();
    sources.forEach(s -> routed.addAll(SourceChecks.routed(s)));
    boolean targetIgnoresCase = t != null && t.ignoreCase();
    c.many(CheckItem.TABLE_NAME_COLLISION, () -> RoutingCheck.collisions(routed, task.shardMode(), targetIgnoresCase));
    boolean merging = task.shardMode() != dev.ferry.domain.ShardMode.NONE;
    if (merging && task.taskMode().hasDump()) {
      c.many(CheckItem.SCHEMA_OF_SHARD_TABLES, () -> RoutingCheck.shardSchemas(routed, task.shardMode()));
      c.many(CheckItem.AUTO_INCREMENT_ID, () -> RoutingCheck.autoIncrement(routed));
    }
    if (merging && task.taskMode().hasSync()) {
      c.many(CheckItem.SHARD_DDL, () -> ShardDdlCheck.check(routed, task.shardMode()));
    }
    if (task.onlineDdl().enabled() && task.taskMode().hasSync()) {
      onlineDdlReplay(routed, sources, ignored, out);
    }
    for (SourceState s : sources) {
      if (s.session != null && s.catalog != null && caps != null) {
        Collector sc = new Collector(ignored, out, s.name());
        sc.many(CheckItem.TABLE_ENGINE, () -> TableSchemaCheck.engines(s.session, s.catalog.selected(), caps.engines()));
        sc.many(CheckItem.TABLE_CHARSET, () -> TableSchemaCheck.charsets(s.session, s.catalog.selected(), caps.collations()));
      }
    }
    if (t == null) {
      return;
    }
    Set<TableId> targets = new LinkedHashSet<>();
    routed.forEach(r -> {
      if (r.target() != null) {
        targets.add(r.target());
      }
    });
    List<String> schemas = targets.stream().map(TableId::schema).distinct().sorted().toList();
    if (!schemas.isEmpty()) {
      c.one(CheckItem.TARGET_PRIVILEGE, () -> PrivilegeCheck.target(t, task.taskMode(), schemas));
    }
    if (task.taskMode().hasDump()) {
      dev.ferry.config.LoadOptions.OnDuplicate onDuplicate =
          task.sources().isEmpty() ? dev.ferry.config.LoadOptions.OnDuplicate.REPLACE
              : task.sources().get(0).load().onDuplicate();
      dev.ferry.config.LoadOptions.OnExistingTable onExisting =
          task.sources().isEmpty() ? dev.ferry.config.LoadOptions.OnExistingTable.FAIL
              : task.sources().get(0).load().onExistingTable();
      c.many(CheckItem.DOWNSTREAM_TABLE_EMPTY, () -> TargetCheck.nonEmptyTables(t, targets, onDuplicate, onExisting));
    }
    List<ServerInfo> infos = sources.stream().filter(s -> s.session != null).map(s -> s.session.info()).toList();
    if (!infos.isEmpty()) {
      c.one(CheckItem.MAX_ALLOWED_PACKET, () -> TargetCheck.maxAllowedPacket(t, infos));
      c.one(CheckItem.LOWER_CASE_TABLE_NAMES, () -> TargetCheck.lowerCaseTableNames(t, infos));
      c.one(CheckItem.TIME_ZONE, () -> TargetCheck.timeZone(t, infos));
    }
    if (task.taskMode().hasLoad()) {
      c.one(CheckItem.LOCAL_INFILE, () -> TargetCheck.localInfile(t));
    }
  }

  /** online_ddl_replay per source: needs every source's routes to know which tables are merged. */
  private static void onlineDdlReplay(
      List<RoutedTable> routed, List<SourceState> sources, Set<String> ignored, List<Finding> out) {
    Set<TableId> merged = new LinkedHashSet<>();
    RoutingCheck.byTarget(routed, false).values().stream()
        .filter(members -> members.size() > 1)
        .forEach(members -> merged.add(members.get(0).target()));
    for (SourceState s : sources) {
      if (s.mapping != null && s.catalog != null) {
        List<RoutedTable> own = SourceChecks.routed(s);
        new Collector(ignored, out, s.name()).many(CheckItem.ONLINE_DDL_REPLAY,
            () -> OnlineDdlReplayCheck.check(s.name(), s.mapping, own, merged));
      }
    }
  }
}
