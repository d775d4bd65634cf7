package dev.ferry.engine.check;

import dev.ferry.config.SourceConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.domain.TableId;
import dev.ferry.rules.RouteDecision;
import dev.ferry.rules.SourceRules;
import dev.ferry.rules.SystemSchemas;
import dev.ferry.rules.expr.EvalContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which tables of one source the task takes and where each goes, through the rules package's
 * per-source facade.
 */
final class TableMapping {

  private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_$]+");

  private final SourceRules rules;
  private final BlockAllowList list;

  private TableMapping(SourceRules rules, BlockAllowList list) {
    this.rules = rules;
    this.list = list;
  }

  /**
   * The mapping of {@code source}.
   *
   * @throws dev.ferry.rules.RuleConfigException when a rule it refers to is missing or invalid
   */
  static TableMapping of(TaskConfig task, SourceConfig source) {
    // Expression filters are not evaluated by the precheck; the context only has to be valid.
    EvalContext context = new EvalContext(Clock.systemUTC(), ZoneOffset.UTC);
    SourceRules rules =
        SourceRules.create(task.rules(), source.rules(), task.caseSensitive(), source.sourceId(), context);
    BlockAllowList list =
        source.rules().blockAllowList() == null
            ? null
            : task.rules().blockAllowList().get(source.rules().blockAllowList());
    return new TableMapping(rules, list);
  }

  boolean selects(TableId table) {
    return !SystemSchemas.isSystemSchema(table.schema()) && rules.migratesTable(table);
  }

  boolean selectsSchema(String schema) {
    return !SystemSchemas.isSystemSchema(schema) && rules.migratesSchema(schema);
  }

  RouteDecision route(TableId table) {
    return rules.route(table);
  }

  /** do-dbs entries that are plain names (no wildcard or regex): schemas the task surely wants. */
  List<String> literalSchemas() {
    return list == null
        ? List.of()
        : list.doDbs().stream().filter(s -> LITERAL.matcher(s).matches()).toList();
  }
}
