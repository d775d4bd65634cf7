package dev.ferry.config.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * All named rules of a task, by name, in file order. Sources refer to them by name (see {@code
 * SourceConfig}).
 */
public record RuleSets(
    Map<String, BlockAllowList> blockAllowList,
    Map<String, RouteRule> routes,
    Map<String, BinlogFilterRule> filters,
    Map<String, ExpressionFilterRule> expressionFilters) {

  public RuleSets {
    blockAllowList = copy(blockAllowList);
    routes = copy(routes);
    filters = copy(filters);
    expressionFilters = copy(expressionFilters);
  }

  public static RuleSets empty() {
    return new RuleSets(Map.of(), Map.of(), Map.of(), Map.of());
  }

  private static <V> Map<String, V> copy(Map<String, V> map) {
    return map == null
        ? Map.of()
        : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
