package dev.ferry.config.rules;

import java.util.List;

/**
 * The rules one source uses, by name (DM {@code mysql-instances[].block-allow-list}, {@code
 * route-rules}, {@code filter-rules}, {@code expression-filters}). {@code blockAllowList} null means
 * no block-allow-list: every non-system table.
 */
public record RuleRefs(
    String blockAllowList,
    List<String> routeRules,
    List<String> filterRules,
    List<String> expressionFilters) {

  public RuleRefs {
    routeRules = routeRules == null ? List.of() : List.copyOf(routeRules);
    filterRules = filterRules == null ? List.of() : List.copyOf(filterRules);
    expressionFilters = expressionFilters == null ? List.of() : List.copyOf(expressionFilters);
  }

  public static RuleRefs none() {
    return new RuleRefs(null, List.of(), List.of(), List.of());
  }
}
