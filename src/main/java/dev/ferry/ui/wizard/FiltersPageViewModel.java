package dev.ferry.ui.wizard;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.rules.BinlogFilterRule;
import dev.ferry.config.rules.ExpressionFilterRule;
import dev.ferry.config.rules.FilterAction;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Step 6: binlog event filters and expression (row) filters, checked as they are typed. */
public final class FiltersPageViewModel extends PageViewModel {

  /** Name of the archive preset's table-level rule. */
  public static final String ARCHIVE_TABLES = "archive-keep-tables";

  /** Name of the archive preset's schema-level rule. */
  public static final String ARCHIVE_SCHEMAS = "archive-keep-schemas";

  private final ObservableList<FilterRow> filters = FXCollections.observableArrayList();
  private final ObservableList<ExpressionRow> expressions = FXCollections.observableArrayList();

  @Override
  public String title() {
    return "Filters";
  }

  @Override
  public String help() {
    return "Skip binlog events (e.g. keep the target's data when the source truncates or drops) and"
        + " skip row changes by expression. Filters act on the sync only, not on the copy.";
  }

  void load(Map<String, BinlogFilterRule> f, Map<String, ExpressionFilterRule> e) {
    filters.clear();
    expressions.clear();
    f.forEach((name, rule) -> attach(FilterRow.of(name, rule)));
    e.forEach((name, rule) -> attach(ExpressionRow.of(name, rule)));
  }

  public FilterRow addFilter() {
    FilterRow row = attach(new FilterRow(freshName("filter-", filterNames())));
    changed();
    return row;
  }

  public ExpressionRow addExpression() {
    ExpressionRow row = attach(new ExpressionRow(freshName("expr-", expressionNames())));
    changed();
    return row;
  }

  public void remove(FilterRow row) {
    filters.remove(row);
    changed();
  }

  public void remove(ExpressionRow row) {
    expressions.remove(row);
    changed();
  }

  /**
   * The archive preset: the sync ignores TRUNCATE and DROP of tables, partitions and schemas, so
   * the target keeps the data the source cleans up. Adding it twice changes nothing.
   */
  public void addArchivePreset() {
    if (filterNames().contains(ARCHIVE_TABLES)) {
      return;
    }
    FilterRow tables = new FilterRow(ARCHIVE_TABLES);
    tables.schemaPatternProperty().set("*");
    tables.tablePatternProperty().set("*");
    tables
        .events()
        .addAll(
            List.of(
                "truncate table",
                "drop table",
                "truncate table partition",
                "drop table partition"));
    tables.actionProperty().set(FilterAction.IGNORE);
    attach(tables);
    FilterRow schemas = new FilterRow(ARCHIVE_SCHEMAS);
    schemas.schemaPatternProperty().set("*");
    schemas.events().add("drop database");
    schemas.actionProperty().set(FilterAction.IGNORE);
    attach(schemas);
    changed();
  }

  private FilterRow attach(FilterRow row) {
    filters.add(row);
    watch(row.fields());
    return row;
  }

  private ExpressionRow attach(ExpressionRow row) {
    expressions.add(row);
    watch(row.fields());
    return row;
  }

  private Set<String> filterNames() {
    Set<String> s = new HashSet<>();
    filters.forEach(f -> s.add(f.nameProperty().get().trim()));
    return s;
  }

  private Set<String> expressionNames() {
    Set<String> s = new HashSet<>();
    expressions.forEach(f -> s.add(f.nameProperty().get().trim()));
    return s;
  }

  private static String freshName(String prefix, Set<String> taken) {
    int n = 1;
    while (taken.contains(prefix + n)) {
      n++;
    }
    return prefix + n;
  }

  public Map<String, BinlogFilterRule> filterRules() {
    Map<String, BinlogFilterRule> out = new LinkedHashMap<>();
    filters.forEach(
        f -> {
          String name = f.nameProperty().get().trim();
          if (!name.isEmpty()) {
            out.put(name, f.toRule());
          }
        });
    return out;
  }

  public Map<String, ExpressionFilterRule> expressionRules() {
    Map<String, ExpressionFilterRule> out = new LinkedHashMap<>();
    expressions.forEach(
        e -> {
          String name = e.nameProperty().get().trim();
          if (!name.isEmpty()) {
            out.put(name, e.toRule());
          }
        });
    return out;
  }

  @Override
  public void showProblems(List<ConfigProblem> problems) {
    boolean ok = true;
    Set<String> names = new HashSet<>();
    for (FilterRow f : filters) {
      String name = f.nameProperty().get().trim();
      String error;
      if (name.isEmpty()) {
        error = "Give the filter a name.";
      } else if (!names.add(name)) {
        error = "Another filter has this name.";
      } else if (f.events().isEmpty() && f.sqlPatternsProperty().get().isBlank()) {
        error = "Tick at least one event type or enter an SQL pattern.";
      } else {
        error = first(problems, "rules.filters." + name);
      }
      f.errorProperty().set(error);
      ok &= error.isEmpty();
    }
    names.clear();
    for (ExpressionRow e : expressions) {
      String name = e.nameProperty().get().trim();
      String error;
      if (name.isEmpty()) {
        error = "Give the filter a name.";
      } else if (!names.add(name)) {
        error = "Another expression filter has this name.";
      } else if (e.schemaProperty().get().isBlank() || e.tableProperty().get().isBlank()) {
        error = "Enter the schema and table the expression applies to.";
      } else {
        error = e.syntaxError();
        if (error.isEmpty()) {
          error = first(problems, "rules.expression-filter." + name);
        }
      }
      e.errorProperty().set(error);
      ok &= error.isEmpty();
    }
    setValid(ok);
  }

  private static String first(List<ConfigProblem> problems, String path) {
    return problems.stream()
        .filter(p -> p.isError() && (p.path().equals(path) || p.path().startsWith(path + ".")))
        .map(p -> p.message() + (p.fix().isEmpty() ? "" : " " + p.fix()))
        .findFirst()
        .orElse("");
  }

  public ObservableList<FilterRow> filters() {
    return filters;
  }

  public ObservableList<ExpressionRow> expressions() {
    return expressions;
  }
}
