package dev.ferry.rules;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.rules.BinlogFilterRule;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.ExpressionFilterRule;
import dev.ferry.config.rules.Extraction;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.config.rules.TablePattern;
import dev.ferry.rules.expr.ExpressionCompileException;
import dev.ferry.rules.expr.RowExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks rule sets the way DM does when it starts a task, and reports every problem at once with
 * its path ({@code routes.r1.schema-pattern}, {@code filters.f1.events[2]}, {@code
 * expression-filter.e1.insert-value-expr}) and a fix. Where DM silently drops a bad binlog filter
 * rule, this reports an error instead. Warnings point at rules that are valid but likely not what
 * the user meant.
 */
public final class RuleValidator {

  private static final Pattern CASE_SENSITIVE_ESCAPE =
      Pattern.compile("\\\\[A-Z]|\\\\[pP]\\{[^}]*[A-Z]");

  private final boolean caseSensitive;
  private final List<ConfigProblem> problems = new ArrayList<>();

  private RuleValidator(boolean caseSensitive) {
    this.caseSensitive = caseSensitive;
  }

  /** Every problem of every rule, including rules at the same level with identical patterns. */
  public static List<ConfigProblem> validate(RuleSets rules, boolean caseSensitive) {
    RuleValidator v = new RuleValidator(caseSensitive);
    rules.blockAllowList().forEach(v::blockAllowList);
    rules.routes().forEach(v::route);
    rules.filters().forEach(v::filter);
    rules.expressionFilters().forEach(v::expressionFilter);
    v.duplicateRoutes(rules.routes());
    v.duplicateFilters(rules.filters());
    return List.copyOf(v.problems);
  }

  /**
   * Checks that the rules one source refers to exist and are not listed twice.
   *
   * @param path the source's path, e.g. {@code sources[0]}
   */
  public static List<ConfigProblem> validateReferences(RuleSets rules, RuleRefs refs, String path) {
    List<ConfigProblem> out = new ArrayList<>();
    if (refs.blockAllowList() != null
        && !rules.blockAllowList().containsKey(refs.blockAllowList())) {
      out.add(
          ConfigProblem.error(
              path + ".block-allow-list",
              "block-allow-list \"" + refs.blockAllowList() + "\" is not defined",
              "define it under block-allow-list or pick an existing one"));
    }
    references(out, path + ".route-rules", refs.routeRules(), rules.routes(), "route");
    references(out, path + ".filter-rules", refs.filterRules(), rules.filters(), "filter");
    references(
        out,
        path + ".expression-filters",
        refs.expressionFilters(),
        rules.expressionFilters(),
        "expression filter");
    return List.copyOf(out);
  }

  private static void references(
      List<ConfigProblem> out,
      String path,
      List<String> names,
      Map<String, ?> defined,
      String what) {
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      if (!defined.containsKey(n)) {
        out.add(
            ConfigProblem.error(
                path + "[" + i + "]",
                what + " \"" + n + "\" is not defined",
                "define it or remove it from the list"));
      } else if (names.indexOf(n) < i) {
        out.add(
            ConfigProblem.error(
                path + "[" + i + "]",
                what + " \"" + n + "\" is listed twice",
                "remove the duplicate"));
      }
    }
  }

  // ---- block-allow-list ----

  private void blockAllowList(String name, BlockAllowList list) {
    String base = "block-allow-list." + name;
    schemaList(base + ".do-dbs", list.doDbs());
    schemaList(base + ".ignore-dbs", list.ignoreDbs());
    tableList(base + ".do-tables", list.doTables());
    tableList(base + ".ignore-tables", list.ignoreTables());
  }

  private void schemaList(String path, List<String> entries) {
    for (int i = 0; i < entries.size(); i++) {
      namePattern(path + "[" + i + "]", entries.get(i), true);
    }
  }

  private void tableList(String path, List<TablePattern> entries) {
    for (int i = 0; i < entries.size(); i++) {
      TablePattern t = entries.get(i);
      namePattern(path + "[" + i + "].db-name", t == null ? null : t.dbName(), true);
      namePattern(path + "[" + i + "].tbl-name", t == null ? null : t.tblName(), true);
    }
  }

  /** Checks a wildcard or (when allowed) {@code ~regex}; returns whether it is valid. */
  private boolean namePattern(String path, String text, boolean regexAllowed) {
    if (text == null || text.isEmpty()) {
      error(
          path, "is empty", "enter a name, a wildcard such as db_* or a regex such as ~^db_\\d+$");
      return false;
    }
    try {
      if (regexAllowed) {
        NamePattern.parse(text, caseSensitive);
      } else {
        WildcardPattern.of(text, caseSensitive);
      }
    } catch (InvalidPatternException e) {
      error(path, e.getMessage(), wildcardFix(text));
      return false;
    }
    if (regexAllowed
        && NamePattern.isRegex(text)
        && !caseSensitive
        && CASE_SENSITIVE_ESCAPE.matcher(text).find()) {
      problems.add(
          ConfigProblem.warning(
              path,
              "case-sensitive is false, so DM lower-cases this regex before using it and an"
                  + " upper-case escape such as \\D or \\W turns into \\d or \\w",
              "rewrite the regex without upper-case escapes (e.g. [^0-9] instead of \\D)"));
    }
    if (!regexAllowed && text.startsWith("~")) {
      problems.add(
          ConfigProblem.warning(
              path,
              "binlog filter patterns are wildcards only; the leading ~ is matched literally",
              "use a wildcard such as db_* instead of a regex"));
    }
    return true;
  }

  private static String wildcardFix(String text) {
    if (NamePattern.isRegex(text)) {
      return "fix the regular expression (Go RE2 syntax: no look-around or back-references)";
    }
    return "use * only as the last character (e.g. db_*), or write a regex with a leading ~";
  }

  // ---- routes ----

  private void route(String name, RouteRule r) {
    String base = "routes." + name;
    namePattern(base + ".schema-pattern", r.schemaPattern(), true);
    if (!r.isSchemaRule()) {
      namePattern(base + ".table-pattern", r.tablePattern(), true);
    }
    if (r.targetSchema() == null || r.targetSchema().isEmpty()) {
      error(base + ".target-schema", "is empty", "enter the downstream schema to route to");
    }
    extraction(base + ".extract-table", "table-regexp", r.extractTable());
    extraction(base + ".extract-schema", "schema-regexp", r.extractSchema());
    extraction(base + ".extract-source", "source-regexp", r.extractSource());
  }

  private void extraction(String path, String regexKey, Extraction x) {
    if (x == null) {
      return;
    }
    try {
      GoRegex.compile(x.regexp() == null ? "" : x.regexp(), false);
    } catch (InvalidPatternException e) {
      error(
          path + "." + regexKey,
          e.getMessage(),
          "write a regex whose capture groups give the value, e.g. t_(.*)");
    }
    if (x.targetColumn() == null || x.targetColumn().isEmpty()) {
      error(
          path + ".target-column",
          "is empty",
          "name the downstream string column (the table's last columns) that receives the value");
    }
  }

  private void duplicateRoutes(Map<String, RouteRule> routes) {
    List<Map.Entry<String, RouteRule>> seen = new ArrayList<>();
    for (Map.Entry<String, RouteRule> e : routes.entrySet()) {
      for (Map.Entry<String, RouteRule> earlier : seen) {
        if (samePatterns(earlier.getValue().schemaPattern(), e.getValue().schemaPattern())
            && samePatterns(earlier.getValue().tablePattern(), e.getValue().tablePattern())) {
          error(
              "routes."
                  + e.getKey()
                  + (e.getValue().isSchemaRule() ? ".schema-pattern" : ".table-pattern"),
              "has the same patterns as route "
                  + earlier.getKey()
                  + ", so every table they match is ambiguous",
              "merge the two rules or make their patterns different");
          break;
        }
      }
      seen.add(e);
    }
  }

  private void duplicateFilters(Map<String, BinlogFilterRule> filters) {
    List<Map.Entry<String, BinlogFilterRule>> seen = new ArrayList<>();
    for (Map.Entry<String, BinlogFilterRule> e : filters.entrySet()) {
      for (Map.Entry<String, BinlogFilterRule> earlier : seen) {
        if (sameWildcards(earlier.getValue().schemaPattern(), e.getValue().schemaPattern())
            && sameWildcards(earlier.getValue().tablePattern(), e.getValue().tablePattern())) {
          error(
              "filters." + e.getKey() + ".schema-pattern",
              "has the same schema and table patterns as filter "
                  + earlier.getKey()
                  + "; DM would refuse this rule and silently ignore it",
              "merge the two rules into one (events and sql-pattern are lists)");
          break;
        }
      }
      seen.add(e);
    }
  }

  private boolean samePatterns(String a, String b) {
    boolean emptyA = a == null || a.isEmpty();
    boolean emptyB = b == null || b.isEmpty();
    if (emptyA || emptyB) {
      return emptyA && emptyB;
    }
    if (NamePattern.isRegex(a) || NamePattern.isRegex(b)) {
      return NamePattern.fold(a, caseSensitive).equals(NamePattern.fold(b, caseSensitive));
    }
    return sameWildcards(a, b);
  }

  private boolean sameWildcards(String a, String b) {
    boolean emptyA = a == null || a.isEmpty();
    boolean emptyB = b == null || b.isEmpty();
    if (emptyA || emptyB) {
      return emptyA && emptyB;
    }
    try {
      return WildcardPattern.of(a, caseSensitive).sameAs(WildcardPattern.of(b, caseSensitive));
    } catch (InvalidPatternException e) {
      return false; // reported on its own
    }
  }

  // ---- binlog event filters ----

  private void filter(String name, BinlogFilterRule r) {
    String base = "filters." + name;
    namePattern(base + ".schema-pattern", r.schemaPattern(), false);
    if (r.tablePattern() != null && !r.tablePattern().isEmpty()) {
      namePattern(base + ".table-pattern", r.tablePattern(), false);
    }
    for (int i = 0; i < r.events().size(); i++) {
      String e = r.events().get(i);
      if (EventType.fromDmName(e).isEmpty()) {
        error(
            base + ".events[" + i + "]",
            "unknown event \"" + e + "\"",
            "use one of DM's event names, e.g. \"all dml\", \"insert\", \"truncate table\","
                + " \"incompatible ddl changes\"");
      }
    }
    sqlPatterns(base + ".sql-pattern", r.sqlPattern());
    if (r.action() == null) {
      error(base + ".action", "is missing", "set action to Do, Ignore or Error");
    } else if (r.action() == dev.ferry.config.rules.FilterAction.DO
        && r.events().isEmpty()
        && r.sqlPattern().isEmpty()) {
      problems.add(
          ConfigProblem.warning(
              base + ".events",
              "a Do rule without events filters out every DML and DDL of the tables it matches",
              "list the events to keep, or use action Ignore with the events to drop"));
    }
  }

  private void sqlPatterns(String path, List<String> patterns) {
    if (patterns.isEmpty()) {
      return;
    }
    boolean each = true;
    for (int i = 0; i < patterns.size(); i++) {
      try {
        GoRegex.compile(patterns.get(i), true);
      } catch (InvalidPatternException e) {
        each = false;
        error(path + "[" + i + "]", e.getMessage(), "fix the regular expression (Go RE2 syntax)");
      }
    }
    if (each) {
      try {
        BinlogEventFilter.sqlPattern(patterns);
      } catch (InvalidPatternException e) {
        error(
            path,
            "the patterns joined with | are not a valid regex: " + e.getMessage(),
            "make each entry a complete regex with balanced parentheses");
      }
    }
  }

  // ---- expression filters ----

  private void expressionFilter(String name, ExpressionFilterRule r) {
    String base = "expression-filter." + name;
    if (r.schema() == null || r.schema().isEmpty()) {
      error(base + ".schema", "is empty", "enter the exact upstream schema name");
    }
    if (r.table() == null || r.table().isEmpty()) {
      error(base + ".table", "is empty", "enter the exact upstream table name");
    }
    int kinds =
        (present(r.insertValueExpr()) ? 1 : 0)
            + (present(r.updateOldValueExpr()) || present(r.updateNewValueExpr()) ? 1 : 0)
            + (present(r.deleteValueExpr()) ? 1 : 0);
    if (kinds == 0) {
      error(
          base,
          "defines no expression",
          "set one of insert-value-expr, update-old-value-expr/update-new-value-expr,"
              + " delete-value-expr");
    } else if (kinds > 1) {
      error(
          base,
          "defines more than one kind of expression (insert, update, delete)",
          "split it into one rule per kind");
    }
    expression(base + ".insert-value-expr", r.insertValueExpr());
    expression(base + ".update-old-value-expr", r.updateOldValueExpr());
    expression(base + ".update-new-value-expr", r.updateNewValueExpr());
    expression(base + ".delete-value-expr", r.deleteValueExpr());
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private void expression(String path, String text) {
    if (!present(text)) {
      return;
    }
    try {
      RowExpression.compile(text);
    } catch (ExpressionCompileException e) {
      error(
          path,
          "\"" + text + "\": " + e.getMessage(),
          "write a MySQL boolean expression over the row's columns, e.g. c % 2 = 0");
    }
  }

  private void error(String path, String message, String fix) {
    problems.add(ConfigProblem.error(path, message, fix));
  }
}
