package dev.ferry.config.project;

import dev.ferry.config.GoDurations;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferry.config.DumpOptions;
import dev.ferry.config.LoadOptions;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.StartPosition;
import dev.ferry.config.SyncOptions;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.TlsConfig;
import dev.ferry.config.rules.BinlogFilterRule;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.ExpressionFilterRule;
import dev.ferry.config.rules.Extraction;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.config.rules.TablePattern;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Writes a {@link TaskConfig} as the {@code task} object of a project file, every option explicit,
 * in the order {@link TaskJsonReader} documents. Passwords are written as references only: a plain
 * password makes {@link SecretText#encode} throw.
 */
final class TaskJsonWriter {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private TaskJsonWriter() {}

  static ObjectNode write(TaskConfig task) {
    ObjectNode o = JSON.objectNode();
    o.put("name", task.name());
    o.put("task-mode", task.taskMode() == null ? null : task.taskMode().dmName());
    o.put("shard-mode", task.shardMode().dmName());
    o.put("case-sensitive", task.caseSensitive());
    ObjectNode ddl = o.putObject("online-ddl");
    ddl.put("enabled", task.onlineDdl().enabled());
    strings(ddl, "shadow-table-rules", task.onlineDdl().shadowTableRules());
    strings(ddl, "trash-table-rules", task.onlineDdl().trashTableRules());
    o.put("timezone", task.timezone());
    o.put("collation_compatible", task.collationCompatible().dmName());
    strings(o, "ignore-checking-items", task.ignoreCheckingItems());
    o.put("clean-dump-file", task.cleanDumpFile());
    o.put("meta-schema", task.metaSchema());
    if (task.target() == null) {
      o.putNull("target");
    } else {
      o.set("target", target(task.target()));
    }
    ArrayNode sources = o.putArray("sources");
    task.sources().forEach(s -> sources.add(source(s)));
    o.set("rules", ruleSets(task.rules()));
    return o;
  }

  private static ObjectNode target(TargetConfig target) {
    ObjectNode o = JSON.objectNode();
    o.put("host", target.host());
    o.put("port", target.port());
    o.put("user", target.user());
    o.put("password", SecretText.encode(target.password()));
    o.set("tls", tls(target.tls()));
    ObjectNode session = o.putObject("session");
    target.session().forEach(session::put);
    return o;
  }

  private static ObjectNode source(SourceConfig source) {
    ObjectNode o = JSON.objectNode();
    o.put("source-id", source.sourceId());
    o.put("host", source.host());
    o.put("port", source.port());
    o.put("user", source.user());
    o.put("password", SecretText.encode(source.password()));
    o.set("tls", tls(source.tls()));
    if (source.serverId() != null) {
      o.put("server-id", source.serverId());
    }
    o.put("enable-gtid", source.enableGtid());
    if (source.meta() != null) {
      o.set("meta", meta(source.meta()));
    }
    o.set("rules", ruleRefs(source.rules()));
    o.set("dump", dump(source.dump()));
    o.set("load", load(source.load()));
    o.set("sync", sync(source.sync()));
    return o;
  }

  private static ObjectNode tls(TlsConfig tls) {
    ObjectNode o = JSON.objectNode();
    putIfSet(o, "ssl-ca", tls.sslCa());
    putIfSet(o, "ssl-cert", tls.sslCert());
    putIfSet(o, "ssl-key", tls.sslKey());
    if (tls.verifyMode() != null) {
      o.put("verify-mode", TaskJsonReader.verifyModeName(tls.verifyMode()));
    } else {
      o.putNull("verify-mode");
    }
    return o;
  }

  private static ObjectNode meta(StartPosition meta) {
    ObjectNode o = JSON.objectNode();
    putIfSet(o, "binlog-name", meta.binlogName());
    if (meta.binlogPos() != null) {
      o.put("binlog-pos", meta.binlogPos());
    }
    putIfSet(o, "binlog-gtid", meta.binlogGtid());
    return o;
  }

  private static ObjectNode dump(DumpOptions dump) {
    ObjectNode o = JSON.objectNode();
    o.put("threads", dump.threads());
    o.put("rows", dump.chunkRows());
    o.put("chunk-filesize", dump.chunkFilesize());
    o.put("consistency", dump.consistency().dmName());
    o.put("where", dump.where());
    return o;
  }

  private static ObjectNode load(LoadOptions load) {
    ObjectNode o = JSON.objectNode();
    o.put("pool-size", load.threads());
    o.put("on-duplicate-logical", load.onDuplicate().dmName());
    o.put("defer-secondary-indexes", load.deferSecondaryIndexes());
    o.put("on-existing-table", load.onExistingTable().dmName());
    return o;
  }

  private static ObjectNode sync(SyncOptions sync) {
    ObjectNode o = JSON.objectNode();
    o.put("worker-count", sync.workerCount());
    o.put("batch", sync.batch());
    o.put("queue-size", sync.queueSize());
    o.put("checkpoint-flush-interval", GoDurations.format(sync.checkpointFlushInterval()));
    o.put("safe-mode", sync.safeMode());
    if (sync.safeModeDuration() != null) {
      o.put("safe-mode-duration", GoDurations.format(sync.safeModeDuration()));
    }
    o.put("compact", sync.compact());
    o.put("multiple-rows", sync.multipleRows());
    return o;
  }

  private static ObjectNode ruleRefs(RuleRefs refs) {
    ObjectNode o = JSON.objectNode();
    if (refs.blockAllowList() != null) {
      o.put("block-allow-list", refs.blockAllowList());
    }
    strings(o, "route-rules", refs.routeRules());
    strings(o, "filter-rules", refs.filterRules());
    strings(o, "expression-filters", refs.expressionFilters());
    return o;
  }

  private static ObjectNode ruleSets(RuleSets rules) {
    ObjectNode o = JSON.objectNode();
    named(o, "block-allow-list", rules.blockAllowList(), TaskJsonWriter::blockAllowList);
    named(o, "routes", rules.routes(), TaskJsonWriter::route);
    named(o, "filters", rules.filters(), TaskJsonWriter::filter);
    named(o, "expression-filter", rules.expressionFilters(), TaskJsonWriter::expressionFilter);
    return o;
  }

  private static <T> void named(
      ObjectNode parent, String key, Map<String, T> rules, BiConsumer<ObjectNode, T> writer) {
    ObjectNode o = parent.putObject(key);
    rules.forEach((name, rule) -> writer.accept(o.putObject(name), rule));
  }

  private static void blockAllowList(ObjectNode o, BlockAllowList list) {
    strings(o, "do-dbs", list.doDbs());
    tablePatterns(o, "do-tables", list.doTables());
    strings(o, "ignore-dbs", list.ignoreDbs());
    tablePatterns(o, "ignore-tables", list.ignoreTables());
  }

  private static void tablePatterns(ObjectNode o, String key, List<TablePattern> patterns) {
    ArrayNode array = o.putArray(key);
    for (TablePattern p : patterns) {
      ObjectNode item = array.addObject();
      item.put("db-name", p.dbName());
      item.put("tbl-name", p.tblName());
    }
  }

  private static void route(ObjectNode o, RouteRule route) {
    putIfSet(o, "schema-pattern", route.schemaPattern());
    putIfSet(o, "table-pattern", route.tablePattern());
    putIfSet(o, "target-schema", route.targetSchema());
    putIfSet(o, "target-table", route.targetTable());
    extraction(o, "extract-table", "table-regexp", route.extractTable());
    extraction(o, "extract-schema", "schema-regexp", route.extractSchema());
    extraction(o, "extract-source", "source-regexp", route.extractSource());
  }

  private static void extraction(ObjectNode o, String key, String regexpKey, Extraction e) {
    if (e != null) {
      ObjectNode x = o.putObject(key);
      x.put(regexpKey, e.regexp());
      x.put("target-column", e.targetColumn());
    }
  }

  private static void filter(ObjectNode o, BinlogFilterRule filter) {
    putIfSet(o, "schema-pattern", filter.schemaPattern());
    putIfSet(o, "table-pattern", filter.tablePattern());
    strings(o, "events", filter.events());
    strings(o, "sql-pattern", filter.sqlPattern());
    if (filter.action() != null) {
      o.put("action", filter.action().dmName());
    }
  }

  private static void expressionFilter(ObjectNode o, ExpressionFilterRule filter) {
    putIfSet(o, "schema", filter.schema());
    putIfSet(o, "table", filter.table());
    putIfSet(o, "insert-value-expr", filter.insertValueExpr());
    putIfSet(o, "update-old-value-expr", filter.updateOldValueExpr());
    putIfSet(o, "update-new-value-expr", filter.updateNewValueExpr());
    putIfSet(o, "delete-value-expr", filter.deleteValueExpr());
  }

  private static void strings(ObjectNode o, String key, List<String> values) {
    ArrayNode array = o.putArray(key);
    values.forEach(array::add);
  }

  /** Omits null so the reader's "absent means null" gives the same value back. */
  private static void putIfSet(ObjectNode o, String key, String value) {
    if (value != null) {
      o.put(key, value);
    }
  }
}
