package dev.ferry.engine.check;

import dev.ferry.config.SourceConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.domain.TaskMode;
import dev.ferry.engine.db.PoolSizes;
import dev.ferry.rules.RuleConfigException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The checks that need only one source, in order, on that source's session. */
final class SourceChecks {

  private SourceChecks() {}

  static void run(SourceState state, TaskConfig task, Set<String> ignored, Duration sampleTime) {
    ServerSession s = state.session;
    SourceConfig source = state.config;
    TaskMode mode = task.taskMode();
    Collector c = new Collector(ignored, state.findings, state.name());
    c.one(CheckItem.VERSION, () -> VersionCheck.source(s));
    try {
      state.mapping = TableMapping.of(task, source);
    } catch (RuleConfigException e) {
      state.findings.add(Finding.error(CheckItem.TABLE_NAME_COLLISION, state.name(),
          "the source's rules are invalid: " + e.getMessage(),
          "Ferry cannot tell which tables to check or where they go.",
          "Correct the block-allow-list and route rules this source refers to."));
      return;
    }
    state.catalog = SourceCatalog.read(s, state.mapping);
    SourceCatalog catalog = state.catalog;
    if (mode.hasDump()) {
      c.many(CheckItem.DUMP_PRIVILEGE, () -> PrivilegeCheck.dump(s, source, catalog, state.mapping));
    }
    if (mode.hasSync()) {
      c.one(CheckItem.REPLICATION_PRIVILEGE, () -> PrivilegeCheck.replication(s));
    }
    int needed = PoolSizes.source(source, mode) + (mode.hasSync() ? 1 : 0);
    c.one(CheckItem.CONN_NUMBER, () -> TargetCheck.connections(s, needed));
    if (mode.hasSync()) {
      c.one(CheckItem.BINLOG_ENABLE, () -> BinlogCheck.enabled(s));
      if (s.info().logBin()) {
        c.one(CheckItem.BINLOG_FORMAT, () -> BinlogCheck.format(s));
        c.one(CheckItem.BINLOG_ROW_IMAGE, () -> BinlogCheck.rowImage(s));
        c.many(CheckItem.SERVER_ID, () -> BinlogCheck.serverId(s, source));
        c.one(CheckItem.GTID_MODE, () -> BinlogCheck.gtid(s, source));
        c.optional(CheckItem.BINLOG_DB, () -> BinlogCheck.binlogDb(s, catalog.schemas()));
        if (mode == TaskMode.INCREMENTAL) {
          c.optional(CheckItem.META_POSITION, () -> StartPositionCheck.check(s, source));
        }
      }
      if (task.onlineDdl().enabled()) {
        c.many(CheckItem.ONLINE_DDL, () -> OnlineDdlCheck.check(s, task.onlineDdl(), catalog));
      }
    }
    c.many(CheckItem.TABLE_SCHEMA, () -> TableSchemaCheck.keys(s, catalog.selected()));
    c.many(CheckItem.FOREIGN_KEY, () -> TableSchemaCheck.foreignKeys(s, catalog.selected()));
    c.many(CheckItem.SKIPPED_OBJECTS, () -> SkippedObjectsCheck.check(s, state.mapping));
    Optional<Duration> copyTime = Optional.empty();
    if (mode.hasDump() && c.on(CheckItem.ESTIMATE)) {
      Estimate[] estimate = new Estimate[1];
      c.one(CheckItem.ESTIMATE, () -> {
        estimate[0] = Estimate.of(s, catalog, source.dump().threads(), sampleTime);
        return estimate[0].finding(state.name());
      });
      copyTime = estimate[0] == null ? Optional.empty() : estimate[0].duration();
    }
    if (mode.hasSync() && s.info().logBin()) {
      Optional<Duration> time = copyTime;
      c.one(CheckItem.BINLOG_RETENTION, () -> RetentionCheck.check(s, mode, time));
    }
  }

  static List<RoutedTable> routed(SourceState state) {
    if (state.catalog == null || state.mapping == null) {
      return List.of();
    }
    return state.catalog.selected().stream()
        .map(t -> new RoutedTable(state.config.sourceId(), state.name(), t, state.mapping.route(t.id())))
        .toList();
  }
}
