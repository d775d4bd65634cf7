package dev.ferry.engine.check;

import dev.ferry.config.TaskConfig;
import dev.ferry.config.TaskSpec;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.config.rules.TablePattern;
import dev.ferry.domain.TableId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tasks for the checks that only need routes, no server: two sources whose {@code orders_NN} shards
 * a route can merge into {@code shop.orders}, each source's selected tables given by hand (as the
 * source's catalog would list them).
 */
final class RoutedTasks {

  final TaskSpec spec = new TaskSpec();
  private final Map<String, BlockAllowList> lists = new LinkedHashMap<>();
  private final Map<String, RouteRule> routes = new LinkedHashMap<>();
  private final Map<String, List<TableId>> tables = new LinkedHashMap<>();

  RoutedTasks() {
    spec.sources.clear();
  }

  /** A source selecting exactly {@code selected} ({@code do-tables}), or whole schemas if false. */
  RoutedTasks source(String id, boolean exactTables, TableId... selected) {
    TaskSpec.Source s = new TaskSpec.Source(id);
    String listName = "ba-" + id;
    List<TablePattern> doTables = new ArrayList<>();
    Set<String> doDbs = new HashSet<>();
    for (TableId t : selected) {
      doTables.add(new TablePattern(t.schema(), t.table()));
      doDbs.add(t.schema());
    }
    lists.put(listName, exactTables
        ? new BlockAllowList(List.of(), doTables, List.of(), List.of())
        : new BlockAllowList(List.copyOf(doDbs), List.of(), List.of(), List.of()));
    s.rules = new RuleRefs(listName, List.of(), List.of(), List.of());
    spec.sources.add(s);
    tables.put(id, List.of(selected));
    return this;
  }

  /** Routes every source's {@code shop_*}.{@code orders_*} to {@code shop.orders}. */
  RoutedTasks mergingOrders() {
    routes.put("orders", RouteRule.of("shop_*", "orders_*", "shop", "orders"));
    for (TaskSpec.Source s : spec.sources) {
      s.rules = new RuleRefs(s.rules.blockAllowList(), List.of("orders"), List.of(), List.of());
    }
    return this;
  }

  TaskConfig task() {
    spec.rules = new RuleSets(lists, routes, Map.of(), Map.of());
    return spec.build();
  }

  /** Each source's state as the source checks leave it: rules and selected tables, no session. */
  List<SourceState> states(TaskConfig task) {
    List<SourceState> out = new ArrayList<>();
    task.sources().forEach(c -> {
      SourceState s = new SourceState(c);
      s.mapping = TableMapping.of(task, c);
      s.catalog = new SourceCatalog(tables.get(c.sourceId()).stream().map(RoutedTasks::info).toList(), List.of());
      s.finished = true;
      out.add(s);
    });
    return out;
  }

  /** What the cross-server checks find without a target connection. */
  List<Finding> compare(Set<String> ignored) {
    TaskConfig task = task();
    List<Finding> out = new ArrayList<>();
    TargetChecks.compare(null, null, task, states(task), ignored, out);
    return out;
  }

  List<Finding> compare() {
    return compare(Set.of());
  }

  static TableInfo info(TableId id) {
    return new TableInfo(id, "InnoDB", 0, 0, "utf8mb4_general_ci", List.of(), List.of(), List.of());
  }

  static List<Finding> of(List<Finding> findings, CheckItem item) {
    return findings.stream().filter(f -> f.item() == item).toList();
  }
}
