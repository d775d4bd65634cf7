package dev.ferry.rules;

import dev.ferry.config.rules.BinlogFilterRule;
import dev.ferry.config.rules.FilterAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * DM's binlog event filter ({@code filters}, tiflow {@code pkg/binlog-filter}).
 *
 * <p>Rules match by wildcard {@code schema-pattern} and optional {@code table-pattern} ({@code ~}
 * has no special meaning here). Each matching rule gives at most one verdict, in DM's order:
 *
 * <ol>
 *   <li>type check (skipped for {@link EventType#UNMAPPED}): the event is in {@code events} → an
 *       {@code Ignore} rule says Ignore, an {@code Error} rule says Error; it is not → a {@code Do}
 *       rule says Ignore;
 *   <li>SQL check (only with DDL text and a non-empty {@code sql-pattern}, whose entries are joined
 *       with {@code |} and matched case-insensitively, unanchored): a match → Ignore / Error for
 *       those actions; no match → a {@code Do} rule says Ignore.
 * </ol>
 *
 * <p>{@code events} are tested in order and the first decisive entry wins, as in DM: {@code none}
 * (or {@code none dml}/{@code none ddl} for that class) ends the test with "not in events", so
 * {@code [none, insert]} never matches. A {@code Do} rule with empty {@code events} therefore
 * filters out every DML of its tables (DM's documented pitfall).
 *
 * <p><b>Several matching rules.</b> DM's code returns the first decisive rule in the order of its
 * pattern trie, which depends on pattern shapes rather than on anything a user can see; its
 * documentation states the priority Ignore &gt; Error &gt; Do. This class implements the documented
 * priority: any rule saying Ignore wins, else any rule saying Error, else Do. The two agree
 * whenever one rule matches or the matching rules agree, and the priority is independent of rule
 * order, which the wizard can explain.
 */
public final class BinlogEventFilter {

  private record CompiledFilter(
      String name,
      WildcardPattern schema,
      WildcardPattern table,
      List<EventType> events,
      Pattern sql,
      FilterAction action) {}

  private final List<CompiledFilter> rules;

  private BinlogEventFilter(List<CompiledFilter> rules) {
    this.rules = rules;
  }

  /**
   * Builds the filter from named rules.
   *
   * @throws InvalidPatternException for an invalid pattern, unknown event or missing action
   */
  public static BinlogEventFilter of(Map<String, BinlogFilterRule> rules, boolean caseSensitive) {
    List<CompiledFilter> out = new ArrayList<>();
    rules.forEach((name, r) -> out.add(compile(name, r, caseSensitive)));
    return new BinlogEventFilter(List.copyOf(out));
  }

  private static CompiledFilter compile(String name, BinlogFilterRule r, boolean cs) {
    if (r.action() == null) {
      throw new InvalidPatternException("filter " + name + " has no action (Do, Ignore or Error)");
    }
    List<EventType> events = new ArrayList<>();
    for (String e : r.events()) {
      events.add(
          EventType.fromDmName(e)
              .orElseThrow(
                  () -> new InvalidPatternException("filter " + name + ": unknown event " + e)));
    }
    boolean hasTable = r.tablePattern() != null && !r.tablePattern().isEmpty();
    return new CompiledFilter(
        name,
        WildcardPattern.of(r.schemaPattern(), cs),
        hasTable ? WildcardPattern.of(r.tablePattern(), cs) : null,
        List.copyOf(events),
        sqlPattern(r.sqlPattern()),
        r.action());
  }

  /** DM joins a rule's {@code sql-pattern} entries with {@code |} and adds {@code (?i)}. */
  static Pattern sqlPattern(List<String> patterns) {
    return patterns.isEmpty() ? null : GoRegex.compile(String.join("|", patterns), true);
  }

  /**
   * Decides an event on {@code schema.table} (empty table for schema-level DDL; empty schema and
   * table for DM's pre-parse check of statements it cannot parse).
   *
   * @param event the event's type; {@link EventType#UNMAPPED} for a DDL DM cannot classify
   * @param sql the DDL text, or null/empty for DML
   */
  public FilterDecision decide(String schema, String table, EventType event, String sql) {
    if (event.kind() == EventType.Kind.GROUP) {
      throw new IllegalArgumentException(event + " is a rule group, not an event type");
    }
    String t = table == null ? "" : table;
    FilterDecision error = null;
    // Schema-level rules first, then table-level ones, as DM's trie returns them.
    for (boolean schemaLevel : new boolean[] {true, false}) {
      for (CompiledFilter r : rules) {
        if ((r.table() == null) != schemaLevel || !matches(r, schema, t)) {
          continue;
        }
        FilterAction verdict = verdict(r, event, sql);
        if (verdict == FilterAction.IGNORE) {
          return new FilterDecision(FilterAction.IGNORE, r.name());
        }
        if (verdict == FilterAction.ERROR && error == null) {
          error = new FilterDecision(FilterAction.ERROR, r.name());
        }
      }
    }
    return error != null ? error : FilterDecision.DO;
  }

  private static boolean matches(CompiledFilter r, String schema, String table) {
    return r.schema().matches(schema) && (r.table() == null || r.table().matches(table));
  }

  private static FilterAction verdict(CompiledFilter r, EventType event, String sql) {
    if (event != EventType.UNMAPPED) {
      if (inEvents(event, r.events())) {
        if (r.action() != FilterAction.DO) {
          return r.action();
        }
      } else if (r.action() == FilterAction.DO) {
        return FilterAction.IGNORE;
      }
    }
    if (sql != null && !sql.isEmpty() && r.sql() != null) {
      if (r.sql().matcher(sql).find()) {
        if (r.action() != FilterAction.DO) {
          return r.action();
        }
      } else if (r.action() == FilterAction.DO) {
        return FilterAction.IGNORE;
      }
    }
    return null;
  }

  /** DM's {@code matchEvent}: the first decisive entry of {@code events} wins. */
  static boolean inEvents(EventType event, List<EventType> events) {
    for (EventType e : events) {
      if (e == EventType.ALL) {
        return true;
      }
      if (e == EventType.NONE) {
        return false;
      }
      if (event.isDdl() && (e == EventType.ALL_DDL || e == EventType.NONE_DDL)) {
        return e == EventType.ALL_DDL;
      }
      if (event.isDml() && (e == EventType.ALL_DML || e == EventType.NONE_DML)) {
        return e == EventType.ALL_DML;
      }
      if (event.isIncompatibleDdl() && e == EventType.INCOMPATIBLE_DDL_CHANGES) {
        return true;
      }
      if (e == event) {
        return true;
      }
    }
    return false;
  }
}
