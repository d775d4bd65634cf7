package dev.ferry.rules;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.rules.BinlogFilterRule;
import dev.ferry.config.rules.ExpressionFilterRule;
import dev.ferry.config.rules.FilterAction;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.domain.TableId;
import dev.ferry.rules.expr.EvalContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All rules of one source, ready for the engine: which schemas and tables are migrated, where they
 * go, which binlog events are applied and which row changes the expression filters drop. Immutable
 * and thread-safe; pure functions of the configuration.
 */
public final class SourceRules {

  private final String sourceId;
  private final BlockAllowListFilter blockAllowList;
  private final TableRouter router;
  private final BinlogEventFilter filter;
  private final ExpressionFilters expressionFilters;

  private SourceRules(
      String sourceId,
      BlockAllowListFilter blockAllowList,
      TableRouter router,
      BinlogEventFilter filter,
      ExpressionFilters expressionFilters) {
    this.sourceId = sourceId;
    this.blockAllowList = blockAllowList;
    this.router = router;
    this.filter = filter;
    this.expressionFilters = expressionFilters;
  }

  /**
   * Builds the rules {@code refs} selects from {@code rules}.
   *
   * @param sourceId the source's {@code source-id} (for {@code extract-source})
   * @param context clock and task time zone for expression filters
   * @throws RuleConfigException listing every error if a referenced rule is missing or invalid
   */
  public static SourceRules create(
      RuleSets rules, RuleRefs refs, boolean caseSensitive, String sourceId, EvalContext context) {
    List<ConfigProblem> errors =
        new ArrayList<>(RuleValidator.validateReferences(rules, refs, "source " + sourceId));
    RuleSets used = select(rules, refs);
    RuleValidator.validate(used, caseSensitive).stream()
        .filter(ConfigProblem::isError)
        .forEach(errors::add);
    if (!errors.isEmpty()) {
      throw new RuleConfigException(errors);
    }
    return new SourceRules(
        sourceId,
        BlockAllowListFilter.of(used.blockAllowList().get(refs.blockAllowList()), caseSensitive),
        TableRouter.of(used.routes(), caseSensitive, sourceId),
        BinlogEventFilter.of(used.filters(), caseSensitive),
        ExpressionFilters.of(used.expressionFilters(), caseSensitive, context));
  }

  /** The rules one source uses, in the order it lists them. */
  static RuleSets select(RuleSets rules, RuleRefs refs) {
    Map<String, RouteRule> routes = pick(rules.routes(), refs.routeRules());
    Map<String, BinlogFilterRule> filters = pick(rules.filters(), refs.filterRules());
    Map<String, ExpressionFilterRule> exprs =
        pick(rules.expressionFilters(), refs.expressionFilters());
    var ba = new LinkedHashMap<String, dev.ferry.config.rules.BlockAllowList>();
    if (refs.blockAllowList() != null
        && rules.blockAllowList().containsKey(refs.blockAllowList())) {
      ba.put(refs.blockAllowList(), rules.blockAllowList().get(refs.blockAllowList()));
    }
    return new RuleSets(ba, routes, filters, exprs);
  }

  private static <V> Map<String, V> pick(Map<String, V> all, List<String> names) {
    Map<String, V> out = new LinkedHashMap<>();
    for (String n : names) {
      if (all.containsKey(n)) {
        out.put(n, all.get(n));
      }
    }
    return out;
  }

  public String sourceId() {
    return sourceId;
  }

  /** Schema level (CREATE/ALTER/DROP DATABASE): not a system schema and allowed by the list. */
  public boolean migratesSchema(String schema) {
    return blockAllowList.allowsSchema(schema);
  }

  public boolean migratesTable(TableId table) {
    return blockAllowList.allows(table);
  }

  /** The table's target and extract-column values; a conflict if routes are ambiguous. */
  public RouteDecision route(TableId table) {
    return router.route(table);
  }

  /** The target schema of a schema-level statement. */
  public RouteDecision routeSchema(String schema) {
    return router.routeSchema(schema);
  }

  /** Decides a row event ({@link EventType#INSERT}, {@code UPDATE}, {@code DELETE}). */
  public EventDecision dml(TableId table, EventType type) {
    if (!type.isDml()) {
      throw new IllegalArgumentException(type + " is not a DML event type");
    }
    if (!blockAllowList.allows(table)) {
      return EventDecision.NOT_MIGRATED;
    }
    return fromFilter(filter.decide(table.schema(), table.table(), type, null));
  }

  /**
   * Decides one DDL statement on one table, in DM's order: built-in skips, then system schemas and
   * the block-allow-list, then the binlog event filter (type and {@code sql-pattern}).
   *
   * @param table empty for schema-level statements
   * @param type from {@link DdlClassifier}, refined by the caller where it needs the schema
   */
  public EventDecision ddl(String schema, String table, EventType type, String sql) {
    if (BuiltInSkips.isBuiltInSkip(sql)) {
      return EventDecision.BUILT_IN;
    }
    if (!blockAllowList.allowsTable(schema, table)) {
      return EventDecision.NOT_MIGRATED;
    }
    return fromFilter(filter.decide(schema, table, type, sql));
  }

  /**
   * A statement that could not be parsed: DM skips it if it is a built-in skip or a rule matching
   * empty schema and table names ({@code schema-pattern: "*"}) ignores it by {@code sql-pattern}.
   */
  public EventDecision unparsedStatement(String sql) {
    if (BuiltInSkips.isBuiltInSkip(sql)) {
      return EventDecision.BUILT_IN;
    }
    return fromFilter(filter.decide("", "", EventType.UNMAPPED, sql));
  }

  private static EventDecision fromFilter(FilterDecision d) {
    if (d.action() == FilterAction.IGNORE) {
      return new EventDecision(EventDecision.Outcome.SKIP_FILTERED, d.ruleName());
    }
    if (d.action() == FilterAction.ERROR) {
      return new EventDecision(EventDecision.Outcome.ERROR, d.ruleName());
    }
    return EventDecision.APPLY;
  }

  /** Whether expression filters exist for {@code table} at all. */
  public boolean hasRowFilters(TableId table) {
    return expressionFilters.hasRulesFor(table);
  }

  public RowFilterResult filterInsert(TableId table, Map<String, Object> row) {
    return expressionFilters.insert(table, row);
  }

  public RowFilterResult filterUpdate(
      TableId table, Map<String, Object> oldRow, Map<String, Object> newRow) {
    return expressionFilters.update(table, oldRow, newRow);
  }

  public RowFilterResult filterDelete(TableId table, Map<String, Object> row) {
    return expressionFilters.delete(table, row);
  }
}
