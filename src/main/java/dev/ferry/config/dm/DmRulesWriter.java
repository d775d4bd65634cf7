package dev.ferry.config.dm;

import dev.ferry.config.rules.BinlogFilterRule;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.ExpressionFilterRule;
import dev.ferry.config.rules.Extraction;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.TablePattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes rule records as DM's YAML mappings, leaving out unset optional keys. */
final class DmRulesWriter {

  private DmRulesWriter() {}

  static Map<String, Object> route(RouteRule r) {
    Map<String, Object> out = new LinkedHashMap<>();
    put(out, "schema-pattern", r.schemaPattern());
    put(out, "table-pattern", r.tablePattern());
    put(out, "target-schema", r.targetSchema());
    put(out, "target-table", r.targetTable());
    extraction(out, "extract-table", "table-regexp", r.extractTable());
    extraction(out, "extract-schema", "schema-regexp", r.extractSchema());
    extraction(out, "extract-source", "source-regexp", r.extractSource());
    return out;
  }

  private static void extraction(
      Map<String, Object> out, String key, String regexpKey, Extraction e) {
    if (e != null) {
      Map<String, Object> block = new LinkedHashMap<>();
      put(block, regexpKey, e.regexp());
      put(block, "target-column", e.targetColumn());
      out.put(key, block);
    }
  }

  static Map<String, Object> filter(BinlogFilterRule f) {
    Map<String, Object> out = new LinkedHashMap<>();
    put(out, "schema-pattern", f.schemaPattern());
    put(out, "table-pattern", f.tablePattern());
    out.put("events", f.events());
    if (!f.sqlPattern().isEmpty()) {
      out.put("sql-pattern", f.sqlPattern());
    }
    if (f.action() != null) {
      out.put("action", f.action().dmName());
    }
    return out;
  }

  static Map<String, Object> expression(ExpressionFilterRule e) {
    Map<String, Object> out = new LinkedHashMap<>();
    put(out, "schema", e.schema());
    put(out, "table", e.table());
    put(out, "insert-value-expr", e.insertValueExpr());
    put(out, "update-old-value-expr", e.updateOldValueExpr());
    put(out, "update-new-value-expr", e.updateNewValueExpr());
    put(out, "delete-value-expr", e.deleteValueExpr());
    return out;
  }

  static Map<String, Object> blockAllow(BlockAllowList b) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (!b.doDbs().isEmpty()) {
      out.put("do-dbs", b.doDbs());
    }
    if (!b.ignoreDbs().isEmpty()) {
      out.put("ignore-dbs", b.ignoreDbs());
    }
    if (!b.doTables().isEmpty()) {
      out.put("do-tables", tables(b.doTables()));
    }
    if (!b.ignoreTables().isEmpty()) {
      out.put("ignore-tables", tables(b.ignoreTables()));
    }
    return out;
  }

  private static List<Map<String, Object>> tables(List<TablePattern> tables) {
    return tables.stream()
        .map(
            t -> {
              Map<String, Object> out = new LinkedHashMap<>();
              put(out, "db-name", t.dbName());
              put(out, "tbl-name", t.tblName());
              return out;
            })
        .toList();
  }

  static void put(Map<String, Object> out, String key, String value) {
    if (value != null && !value.isEmpty()) {
      out.put(key, value);
    }
  }
}
