package dev.ferry.rules;

import dev.ferry.config.rules.Extraction;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.domain.TableId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DM's table routing (tidb {@code regexpr-router}): table-level rules (with a {@code
 * table-pattern}) beat schema-level rules; two matching rules at the deciding level are a conflict;
 * an empty target keeps the source name. Schema-level statements (empty table name) are decided by
 * schema rules only, so a table-only merge rule does not route CREATE/DROP DATABASE.
 *
 * <p>Extract columns use the deciding rule; each value is the concatenation of all capture groups
 * of the regex's first match on the original (not lower-cased) name, or empty when it does not
 * match — e.g. {@code t_(.*)} on {@code t_01} gives {@code 01}.
 */
public final class TableRouter {

  private record CompiledRoute(
      String name,
      RouteRule rule,
      NamePattern schema,
      NamePattern table,
      Pattern tableRegexp,
      Pattern schemaRegexp,
      Pattern sourceRegexp) {

    boolean isSchemaRule() {
      return table == null;
    }
  }

  private final List<CompiledRoute> routes;
  private final String sourceId;

  private TableRouter(List<CompiledRoute> routes, String sourceId) {
    this.routes = routes;
    this.sourceId = sourceId;
  }

  /**
   * Builds a router from named rules in the order a source lists them.
   *
   * @param sourceId matched by {@code extract-source}
   * @throws InvalidPatternException if a rule is invalid ({@link RuleValidator} says which)
   */
  public static TableRouter of(
      Map<String, RouteRule> rules, boolean caseSensitive, String sourceId) {
    List<CompiledRoute> out = new ArrayList<>();
    for (Map.Entry<String, RouteRule> e : new LinkedHashMap<>(rules).entrySet()) {
      RouteRule r = e.getValue();
      if (r.schemaPattern() == null || r.schemaPattern().isEmpty()) {
        throw new InvalidPatternException("route " + e.getKey() + " has no schema-pattern");
      }
      out.add(
          new CompiledRoute(
              e.getKey(),
              r,
              NamePattern.parse(r.schemaPattern(), caseSensitive),
              r.isSchemaRule() ? null : NamePattern.parse(r.tablePattern(), caseSensitive),
              extractor(r.extractTable()),
              extractor(r.extractSchema()),
              extractor(r.extractSource())));
    }
    return new TableRouter(List.copyOf(out), sourceId == null ? "" : sourceId);
  }

  static Pattern extractor(Extraction x) {
    return x == null ? null : GoRegex.compile(x.regexp() == null ? "" : x.regexp(), false);
  }

  /** Routes a table. */
  public RouteDecision route(TableId table) {
    return route(table.schema(), table.table());
  }

  /** Routes a schema-level statement (CREATE / DROP DATABASE). */
  public RouteDecision routeSchema(String schema) {
    return route(schema, "");
  }

  /** Routes {@code schema.table}; an empty or null {@code table} means a schema-level statement. */
  public RouteDecision route(String schema, String table) {
    String t = table == null ? "" : table;
    List<CompiledRoute> schemaRules = new ArrayList<>();
    List<CompiledRoute> tableRules = new ArrayList<>();
    for (CompiledRoute r : routes) {
      if (!r.schema().matches(schema)) {
        continue;
      }
      if (r.isSchemaRule()) {
        schemaRules.add(r);
      } else if (!t.isEmpty() && r.table().matches(t)) {
        tableRules.add(r);
      }
    }
    List<CompiledRoute> deciding = t.isEmpty() || tableRules.isEmpty() ? schemaRules : tableRules;
    if (deciding.size() > 1) {
      List<String> names = deciding.stream().map(CompiledRoute::name).toList();
      return new RouteDecision(schema, t, null, null, null, List.of(), names);
    }
    if (deciding.isEmpty()) {
      return new RouteDecision(schema, t, schema, t, null, List.of(), List.of());
    }
    CompiledRoute r = deciding.get(0);
    String targetSchema = orElse(r.rule().targetSchema(), schema);
    String targetTable = orElse(r.rule().targetTable(), t);
    return new RouteDecision(
        schema, t, targetSchema, targetTable, r.name(), extract(r, schema, t), List.of());
  }

  private List<ExtractedColumn> extract(CompiledRoute r, String schema, String table) {
    List<ExtractedColumn> out = new ArrayList<>(3);
    add(out, r.rule().extractTable(), r.tableRegexp(), table);
    add(out, r.rule().extractSchema(), r.schemaRegexp(), schema);
    add(out, r.rule().extractSource(), r.sourceRegexp(), sourceId);
    return out;
  }

  private static void add(List<ExtractedColumn> out, Extraction x, Pattern p, String input) {
    if (x != null) {
      out.add(new ExtractedColumn(x.targetColumn(), extractValue(p, input)));
    }
  }

  /** DM's value: all capture groups of the first match, concatenated; empty when none. */
  static String extractValue(Pattern p, String input) {
    Matcher m = p.matcher(input);
    if (!m.find()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        sb.append(m.group(g));
      }
    }
    return sb.toString();
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }
}
