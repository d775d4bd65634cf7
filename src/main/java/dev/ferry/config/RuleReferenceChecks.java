package dev.ferry.config;

import dev.ferry.config.rules.RuleRefs;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the rule names sources use (reference §2.1): every name must exist, no name may be listed
 * twice in one list, and every named rule must be used by some source (DM error 20038). Rule
 * contents are {@code RuleValidator}'s job.
 */
final class RuleReferenceChecks {

  private RuleReferenceChecks() {}

  static void check(TaskConfig task, List<ConfigProblem> problems) {
    Map<String, ?> allowLists = task.rules().blockAllowList();
    Map<String, ?> routes = task.rules().routes();
    Map<String, ?> filters = task.rules().filters();
    Map<String, ?> expressions = task.rules().expressionFilters();
    checkDefinitions("rules.block-allow-list", allowLists, problems);
    checkDefinitions("rules.routes", routes, problems);
    checkDefinitions("rules.filters", filters, problems);
    checkDefinitions("rules.expression-filter", expressions, problems);

    Set<String> usedAllowLists = new HashSet<>();
    Set<String> usedRoutes = new HashSet<>();
    Set<String> usedFilters = new HashSet<>();
    Set<String> usedExpressions = new HashSet<>();
    for (int i = 0; i < task.sources().size(); i++) {
      if (task.sources().get(i) == null) {
        continue;
      }
      RuleRefs refs = task.sources().get(i).rules();
      String path = "sources[" + i + "].rules.";
      if (refs.blockAllowList() != null) {
        checkName(
            path + "block-allow-list",
            refs.blockAllowList(),
            "block-allow-list",
            allowLists,
            problems);
        usedAllowLists.add(refs.blockAllowList());
      }
      checkList(path + "route-rules", refs.routeRules(), "route", routes, usedRoutes, problems);
      checkList(
          path + "filter-rules", refs.filterRules(), "filter", filters, usedFilters, problems);
      checkList(
          path + "expression-filters",
          refs.expressionFilters(),
          "expression filter",
          expressions,
          usedExpressions,
          problems);
    }
    if (task.sources().isEmpty()) {
      return; // "no source" is already reported; every rule being unused would be noise.
    }
    checkUsed("rules.block-allow-list", allowLists, usedAllowLists, problems);
    checkUsed("rules.routes", routes, usedRoutes, problems);
    checkUsed("rules.filters", filters, usedFilters, problems);
    checkUsed("rules.expression-filter", expressions, usedExpressions, problems);
  }

  private static void checkDefinitions(
      String path, Map<String, ?> rules, List<ConfigProblem> problems) {
    rules.forEach(
        (name, rule) -> {
          if (name == null || name.isBlank()) {
            problems.add(ConfigProblem.error(path, "A rule has no name.", "Name it."));
          } else if (rule == null) {
            problems.add(
                ConfigProblem.error(
                    path + "." + name,
                    "Rule " + name + " has no definition.",
                    "Define it or remove it."));
          }
        });
  }

  private static void checkList(
      String path,
      List<String> names,
      String kind,
      Map<String, ?> defined,
      Set<String> used,
      List<ConfigProblem> problems) {
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < names.size(); j++) {
      String name = names.get(j);
      String at = path + "[" + j + "]";
      checkName(at, name, kind, defined, problems);
      if (name != null && !seen.add(name)) {
        problems.add(
            ConfigProblem.error(
                at, "The " + kind + " " + name + " is listed twice.", "Remove the duplicate."));
      }
      used.add(name);
    }
  }

  private static void checkName(
      String path, String name, String kind, Map<String, ?> defined, List<ConfigProblem> problems) {
    if (name == null || name.isBlank()) {
      problems.add(
          ConfigProblem.error(path, "The " + kind + " name is empty.", "Remove it or name one."));
    } else if (!defined.containsKey(name)) {
      problems.add(
          ConfigProblem.error(
              path,
              "The " + kind + " " + name + " is not defined.",
              defined.isEmpty()
                  ? "Define it in the task's rules, or remove the reference."
                  : "Use one of: " + String.join(", ", defined.keySet()) + "."));
    }
  }

  private static void checkUsed(
      String path, Map<String, ?> defined, Set<String> used, List<ConfigProblem> problems) {
    for (String name : defined.keySet()) {
      if (name != null && !name.isBlank() && !used.contains(name)) {
        problems.add(
            ConfigProblem.error(
                path + "." + name,
                "Rule " + name + " is defined but no source uses it (DM error 20038).",
                "Use it in a source, or remove it."));
      }
    }
  }
}
