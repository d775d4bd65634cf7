package dev.ferry.config;

import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TaskMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Checks a {@link TaskConfig} the way DM checks a {@code task.yaml} after parsing (reference §2–§3)
 * and returns every problem at once. It never corrects a value.
 *
 * <p>Paths name the offending value the way the project file spells it, without the {@code $.task.}
 * prefix: {@code sources[1].port}, {@code target.tls.ssl-ca}, {@code
 * sources[0].rules.route-rules[1]}, {@code rules.routes.r1}.
 *
 * <p>Not checked here: the contents of rules (name patterns, regexes, event names, expressions),
 * which {@code dev.ferry.rules.RuleValidator} checks; and anything that needs a live server (the
 * precheck does that).
 */
public final class ConfigValidator {

  /** DM's limit on {@code source-id}. */
  public static final int MAX_SOURCE_ID_LENGTH = 32;

  /** MySQL's identifier length limit, for {@code meta-schema}. */
  public static final int MAX_SCHEMA_NAME_LENGTH = 64;

  private ConfigValidator() {}

  /** All problems of {@code task}, errors and warnings, in the order of the file. */
  public static List<ConfigProblem> validate(TaskConfig task) {
    List<ConfigProblem> problems = new ArrayList<>();
    checkTask(task, problems);
    if (task.target() == null) {
      problems.add(
          ConfigProblem.error(
              "target", "No target database is set.", "Set the target's host, port and user."));
    } else {
      ConnectionChecks.check(
          "target",
          task.target().host(),
          task.target().port(),
          task.target().user(),
          task.target().password(),
          task.target().tls(),
          problems);
      checkSession(task, problems);
    }
    if (task.sources().isEmpty()) {
      problems.add(
          ConfigProblem.error(
              "sources", "The task has no source.", "Add at least one source database."));
    }
    SourceChecks.check(task, problems);
    RuleReferenceChecks.check(task, problems);
    return List.copyOf(problems);
  }

  /** Whether any of {@code problems} is an error (warnings don't block a task). */
  public static boolean hasErrors(List<ConfigProblem> problems) {
    return problems.stream().anyMatch(ConfigProblem::isError);
  }

  private static void checkTask(TaskConfig task, List<ConfigProblem> problems) {
    if (task.name() == null || task.name().isBlank()) {
      problems.add(
          ConfigProblem.error("name", "The task has no name.", "Give the task a unique name."));
    }
    if (task.taskMode() == null) {
      problems.add(
          ConfigProblem.error(
              "task-mode",
              "No task mode is set.",
              "Choose one of: " + enumNames(TaskMode.values()) + "."));
    }
    if (task.shardMode() != ShardMode.NONE && !anySourceUsesRoutes(task)) {
      problems.add(
          ConfigProblem.warning(
              "shard-mode",
              "shard-mode is "
                  + task.shardMode().dmName()
                  + " but no source uses a route rule, so no tables are merged.",
              "Add route rules that merge the shard tables, or set shard-mode to none."));
    }
    if (!task.timezone().isEmpty() && !TimeZones.isValid(task.timezone())) {
      problems.add(
          ConfigProblem.error(
              "timezone",
              "\"" + task.timezone() + "\" is not a time zone.",
              "Use an IANA name such as Europe/Berlin or UTC, an offset such as +08:00, or leave it"
                  + " empty to use the target's time zone."));
    }
    checkIgnoreCheckingItems(task.ignoreCheckingItems(), problems);
    checkOnlineDdl(task.onlineDdl(), problems);
    if (task.metaSchema().length() > MAX_SCHEMA_NAME_LENGTH) {
      problems.add(
          ConfigProblem.error(
              "meta-schema",
              "meta-schema is longer than " + MAX_SCHEMA_NAME_LENGTH + " characters.",
              "Use a shorter schema name."));
    }
  }

  private static boolean anySourceUsesRoutes(TaskConfig task) {
    return task.sources().stream().anyMatch(s -> s != null && !s.rules().routeRules().isEmpty());
  }

  private static void checkIgnoreCheckingItems(List<String> items, List<ConfigProblem> problems) {
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      String path = "ignore-checking-items[" + i + "]";
      if (item == null || !CheckingItems.ALL.contains(item)) {
        problems.add(
            ConfigProblem.error(
                path,
                "\"" + item + "\" is not a precheck item.",
                "Use one of: " + String.join(", ", CheckingItems.ALL) + "."));
      } else if (CheckingItems.PHYSICAL_IMPORT_ONLY.contains(item)) {
        problems.add(
            ConfigProblem.warning(
                path,
                "\""
                    + item
                    + "\" is a check of DM's physical import, which Ferry does not have;"
                    + " ignoring it has no effect.",
                "Remove it."));
      }
    }
  }

  private static void checkOnlineDdl(OnlineDdl onlineDdl, List<ConfigProblem> problems) {
    checkRegexes("online-ddl.shadow-table-rules", onlineDdl.shadowTableRules(), problems);
    checkRegexes("online-ddl.trash-table-rules", onlineDdl.trashTableRules(), problems);
  }

  private static void checkRegexes(
      String path, List<String> regexes, List<ConfigProblem> problems) {
    for (int i = 0; i < regexes.size(); i++) {
      String regex = regexes.get(i);
      String at = path + "[" + i + "]";
      if (regex == null || regex.isBlank()) {
        problems.add(ConfigProblem.error(at, "The rule is empty.", "Remove it or write a regex."));
        continue;
      }
      try {
        Pattern.compile(regex);
      } catch (PatternSyntaxException e) {
        problems.add(
            ConfigProblem.error(
                at,
                "\"" + regex + "\" is not a valid regular expression: " + e.getDescription() + ".",
                "Correct the regular expression."));
      }
    }
  }

  private static void checkSession(TaskConfig task, List<ConfigProblem> problems) {
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, String> entry : task.target().session().entrySet()) {
      String name = entry.getKey();
      String path = "target.session." + name;
      if (name == null || name.isBlank()) {
        problems.add(
            ConfigProblem.error(
                "target.session", "A session variable has no name.", "Name it or remove it."));
        continue;
      }
      if (!seen.add(name.toLowerCase(Locale.ROOT))) {
        problems.add(
            ConfigProblem.error(
                path,
                "Session variable " + name + " is set twice (names are case-insensitive).",
                "Keep one of them."));
      }
      if (entry.getValue() == null) {
        problems.add(ConfigProblem.error(path, "The variable has no value.", "Give it a value."));
      }
      if (name.equalsIgnoreCase("time_zone") && !task.timezone().isEmpty()) {
        problems.add(
            ConfigProblem.warning(
                path,
                "The task's timezone (" + task.timezone() + ") overrides this session time_zone.",
                "Remove one of the two."));
      }
    }
  }

  /** Whether the target session turns foreign key checks on ({@code foreign_key_checks=1/ON}). */
  static boolean foreignKeyChecksOn(TaskConfig task) {
    if (task.target() == null) {
      return false;
    }
    return task.target().session().entrySet().stream()
        .anyMatch(
            e ->
                "foreign_key_checks".equalsIgnoreCase(e.getKey())
                    && e.getValue() != null
                    && Set.of("1", "on", "true")
                        .contains(e.getValue().trim().toLowerCase(Locale.ROOT)));
  }

  static String enumNames(TaskMode... modes) {
    return Arrays.stream(modes).map(TaskMode::dmName).collect(Collectors.joining(", "));
  }
}
