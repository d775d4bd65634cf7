package dev.ferry.rules;

import dev.ferry.config.rules.RuleSets;
import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TableId;
import dev.ferry.rules.expr.EvalContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The wizard's live preview: for each source table, whether it is migrated and where it goes, and
 * the conflicts — ambiguous routes, and several source tables (on one source or across sources)
 * merged into one target table while {@code shard-mode} is off. Target names are compared
 * case-insensitively unless the task is case-sensitive.
 */
public final class RulesPreview {

  private RulesPreview() {}

  /**
   * Previews all sources.
   *
   * @throws RuleConfigException if a source's rules are missing or invalid
   */
  public static PreviewResult preview(
      RuleSets rules, boolean caseSensitive, ShardMode shardMode, List<SourceTables> sources) {
    EvalContext unused = new EvalContext(Clock.systemUTC(), ZoneOffset.UTC);
    List<TablePreview> tables = new ArrayList<>();
    List<PreviewConflict> conflicts = new ArrayList<>();
    Map<String, List<TablePreview>> byTarget = new LinkedHashMap<>();
    for (SourceTables s : sources) {
      SourceRules sr = SourceRules.create(rules, s.refs(), caseSensitive, s.sourceId(), unused);
      for (TableId t : s.tables()) {
        TablePreview p = previewTable(sr, t);
        tables.add(p);
        if (p.conflict() != null) {
          RouteDecision d = sr.route(t);
          conflicts.add(
              new PreviewConflict(
                  PreviewConflict.Kind.AMBIGUOUS_ROUTE,
                  t,
                  List.of(new PreviewConflict.Source(s.sourceId(), t)),
                  d.conflictingRules(),
                  p.conflict()));
        } else if (p.migrated()) {
          byTarget.computeIfAbsent(key(p.target(), caseSensitive), k -> new ArrayList<>()).add(p);
        }
      }
    }
    if (shardMode == ShardMode.NONE) {
      for (List<TablePreview> group : byTarget.values()) {
        if (group.size() > 1) {
          conflicts.add(merge(group));
        }
      }
    }
    return new PreviewResult(tables, conflicts);
  }

  private static TablePreview previewTable(SourceRules sr, TableId t) {
    if (!sr.migratesTable(t)) {
      return new TablePreview(sr.sourceId(), t, false, null, null, List.of(), null);
    }
    RouteDecision d = sr.route(t);
    if (d.isConflict()) {
      return new TablePreview(sr.sourceId(), t, false, null, null, List.of(), d.conflictMessage());
    }
    return new TablePreview(
        sr.sourceId(), t, true, d.target(), d.ruleName(), d.extraColumns(), null);
  }

  private static PreviewConflict merge(List<TablePreview> group) {
    List<PreviewConflict.Source> sources = new ArrayList<>();
    Set<String> rules = new LinkedHashSet<>();
    for (TablePreview p : group) {
      sources.add(new PreviewConflict.Source(p.sourceId(), p.source()));
      if (p.routeRule() != null) {
        rules.add(p.routeRule());
      }
    }
    TableId target = group.get(0).target();
    String message =
        sources.size()
            + " source tables go to "
            + target
            + " ("
            + String.join(", ", sources.stream().map(s -> s.sourceId() + ":" + s.table()).toList())
            + ") but shard mode is off; set shard-mode to pessimistic or optimistic to merge"
            + " them, or route them to different tables";
    return new PreviewConflict(
        PreviewConflict.Kind.MERGE_WITHOUT_SHARD_MODE,
        target,
        sources,
        List.copyOf(rules),
        message);
  }

  private static String key(TableId t, boolean caseSensitive) {
    String k = t.schema() + "\u0000" + t.table();
    return caseSensitive ? k : k.toLowerCase(Locale.ROOT);
  }
}
