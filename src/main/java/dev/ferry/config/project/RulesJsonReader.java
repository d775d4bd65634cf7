package dev.ferry.config.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferry.config.rules.BinlogFilterRule;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.ExpressionFilterRule;
import dev.ferry.config.rules.Extraction;
import dev.ferry.config.rules.FilterAction;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.config.rules.TablePattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the task's {@code rules} object (DM's {@code block-allow-list}, {@code routes}, {@code
 * filters}, {@code expression-filter}) and each source's {@code rules} references. Only the shape
 * is checked here; {@code RuleValidator} checks patterns and expressions.
 */
final class RulesJsonReader {

  private RulesJsonReader() {}

  static RuleSets readRuleSets(JsonObjectReader r) {
    RuleSets rules =
        new RuleSets(
            named(r, "block-allow-list", RulesJsonReader::readBlockAllowList),
            named(r, "routes", RulesJsonReader::readRoute),
            named(r, "filters", RulesJsonReader::readFilter),
            named(r, "expression-filter", RulesJsonReader::readExpressionFilter));
    r.finish();
    return rules;
  }

  static RuleRefs readRuleRefs(JsonObjectReader r) {
    RuleRefs refs =
        new RuleRefs(
            r.string("block-allow-list", null),
            r.strings("route-rules"),
            r.strings("filter-rules"),
            r.strings("expression-filters"));
    r.finish();
    return refs;
  }

  private static <T> Map<String, T> named(
      JsonObjectReader r, String key, Function<JsonObjectReader, T> reader) {
    Map<String, T> result = new LinkedHashMap<>();
    r.entries(key)
        .forEach(
            (name, node) ->
                result.put(
                    name,
                    reader.apply(
                        JsonObjectReader.of(
                            node, JsonObjectReader.child(r.pathOf(key), name), r.problems()))));
    return result;
  }

  private static BlockAllowList readBlockAllowList(JsonObjectReader r) {
    BlockAllowList list =
        new BlockAllowList(
            r.strings("do-dbs"),
            tablePatterns(r, "do-tables"),
            r.strings("ignore-dbs"),
            tablePatterns(r, "ignore-tables"));
    r.finish();
    return list;
  }

  private static List<TablePattern> tablePatterns(JsonObjectReader r, String key) {
    List<TablePattern> patterns = new ArrayList<>();
    List<JsonNode> items = r.array(key);
    for (int i = 0; i < items.size(); i++) {
      JsonObjectReader item =
          JsonObjectReader.of(items.get(i), r.pathOf(key) + "[" + i + "]", r.problems());
      patterns.add(new TablePattern(item.string("db-name", null), item.string("tbl-name", null)));
      item.finish();
    }
    return patterns;
  }

  private static RouteRule readRoute(JsonObjectReader r) {
    RouteRule route =
        new RouteRule(
            r.string("schema-pattern", null),
            r.string("table-pattern", null),
            r.string("target-schema", null),
            r.string("target-table", null),
            extraction(r.object("extract-table"), "table-regexp"),
            extraction(r.object("extract-schema"), "schema-regexp"),
            extraction(r.object("extract-source"), "source-regexp"));
    r.finish();
    return route;
  }

  private static Extraction extraction(JsonObjectReader r, String regexpKey) {
    if (r == null) {
      return null;
    }
    Extraction extraction =
        new Extraction(r.string(regexpKey, null), r.string("target-column", null));
    r.finish();
    return extraction;
  }

  private static BinlogFilterRule readFilter(JsonObjectReader r) {
    BinlogFilterRule filter =
        new BinlogFilterRule(
            r.string("schema-pattern", null),
            r.string("table-pattern", null),
            r.strings("events"),
            r.strings("sql-pattern"),
            r.enumValue(
                "action",
                null,
                FilterAction::fromDmName,
                TaskJsonReader.names(FilterAction.values(), FilterAction::dmName)));
    r.finish();
    return filter;
  }

  private static ExpressionFilterRule readExpressionFilter(JsonObjectReader r) {
    ExpressionFilterRule filter =
        new ExpressionFilterRule(
            r.string("schema", null),
            r.string("table", null),
            r.string("insert-value-expr", null),
            r.string("update-old-value-expr", null),
            r.string("update-new-value-expr", null),
            r.string("delete-value-expr", null));
    r.finish();
    return filter;
  }
}
