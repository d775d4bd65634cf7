package dev.ferry.engine.sync;

import dev.ferry.config.SourceConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.domain.TableId;
import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import dev.ferry.engine.ddl.NameMapper;
import dev.ferry.rules.EventDecision;
import dev.ferry.rules.EventType;
import dev.ferry.rules.ExtractedColumn;
import dev.ferry.rules.RouteDecision;
import dev.ferry.rules.RuleConfigException;
import dev.ferry.rules.SourceRules;
import dev.ferry.rules.expr.EvalContext;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule decisions per upstream table, computed once and kept until the next DDL (names and
 * tables can change then): whether it is migrated, where it goes, which row events apply.
 */
final class SyncRouting {

  /** What the rules say about one table's rows. */
  record TableRoute(
      boolean migrated,
      TableId target,
      List<ExtractedColumn> extra,
      EventDecision insert,
      EventDecision update,
      EventDecision delete,
      boolean rowFilters) {

    EventDecision decision(SourceTransaction.Kind kind) {
      return switch (kind) {
        case INSERT -> insert;
        case UPDATE -> update;
        case DELETE -> delete;
      };
    }
  }

  private final SourceRules rules;
  private final Map<TableId, TableRoute> cache = new HashMap<>();

  SyncRouting(SourceRules rules) {
    this.rules = rules;
  }

  static SourceRules rules(TaskConfig config, SourceConfig source) {
    ZoneId zone = config.timezone().isBlank() ? ZoneOffset.UTC : ZoneId.of(config.timezone());
    try {
      return SourceRules.create(
          config.rules(),
          source.rules(),
          config.caseSensitive(),
          source.sourceId(),
          new EvalContext(Clock.systemUTC(), zone));
    } catch (RuleConfigException e) {
      throw new FerryException(ErrorCode.CONFIG_INVALID, e, e.getMessage());
    }
  }

  TableRoute route(TableId table) {
    return cache.computeIfAbsent(table, this::decide);
  }

  private TableRoute decide(TableId table) {
    if (!rules.migratesTable(table)) {
      return new TableRoute(false, null, List.of(), null, null, null, false);
    }
    RouteDecision r = rules.route(table);
    if (r.isConflict()) {
      throw new FerryException(ErrorCode.CONFIG_INVALID, r.conflictMessage());
    }
    return new TableRoute(
        true,
        r.target(),
        r.extraColumns(),
        rules.dml(table, EventType.INSERT),
        rules.dml(table, EventType.UPDATE),
        rules.dml(table, EventType.DELETE),
        rules.hasRowFilters(table));
  }

  void invalidate() {
    cache.clear();
  }

  NameMapper names() {
    return new NameMapper() {
      @Override
      public TableId table(TableId source) {
        RouteDecision r = rules.route(source);
        if (r.isConflict()) {
          throw new FerryException(ErrorCode.CONFIG_INVALID, r.conflictMessage());
        }
        return r.target();
      }

      @Override
      public String schema(String source) {
        return rules.routeSchema(source).targetSchema();
      }
    };
  }
}
