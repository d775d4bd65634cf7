package dev.ferry.ui.wizard;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TableId;
import dev.ferry.rules.ExtractedColumn;
import dev.ferry.rules.PreviewConflict;
import dev.ferry.rules.PreviewResult;
import dev.ferry.rules.RuleConfigException;
import dev.ferry.rules.RulesPreview;
import dev.ferry.rules.SourceTables;
import dev.ferry.rules.TablePreview;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 5: route rules and the live preview of where every ticked table goes. Several tables going
 * to one target table is a shard merge: it needs a shard mode, which this page offers.
 */
public final class RoutesPageViewModel extends PageViewModel {

  private final ObservableList<RouteRow> routes = FXCollections.observableArrayList();
  private final ObservableList<PreviewRow> preview = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper mergeFound = new ReadOnlyBooleanWrapper(false);
  private final Supplier<Map<String, List<TableId>>> tables;
  private final ObjectProperty<ShardMode> shardMode;
  private String previewProblem = "";

  /**
   * @param tables the ticked tables of each source (Objects page)
   * @param shardMode the task's shard mode (Project page), which this page may set
   */
  public RoutesPageViewModel(
      Supplier<Map<String, List<TableId>>> tables, ObjectProperty<ShardMode> shardMode) {
    this.tables = tables;
    this.shardMode = shardMode;
    shardMode.addListener(x -> refresh());
  }

  @Override
  public String title() {
    return "Routes";
  }

  @Override
  public String help() {
    return "Rename schemas and tables on the way, or merge shards into one table. Patterns use"
        + " * and ? (e.g. shop_* / orders_*). Extract columns write the source table, schema or"
        + " source id into extra target columns. The preview shows where every ticked table goes.";
  }

  @Override
  public void onEnter() {
    refresh();
  }

  void load(Map<String, RouteRule> rules) {
    routes.clear();
    rules.forEach((name, rule) -> attach(RouteRow.of(name, rule)));
  }

  /** Adds an empty rule with a fresh name. */
  public RouteRow add() {
    Set<String> names = new HashSet<>();
    routes.forEach(r -> names.add(r.nameProperty().get()));
    int n = routes.size() + 1;
    while (names.contains("route-" + n)) {
      n++;
    }
    RouteRow row = attach(new RouteRow("route-" + n));
    changed();
    return row;
  }

  public void remove(RouteRow row) {
    routes.remove(row);
    refresh();
    changed();
  }

  private RouteRow attach(RouteRow row) {
    routes.add(row);
    for (var f : row.fields()) {
      f.addListener(
          x -> {
            refresh();
            changed();
          });
    }
    return row;
  }

  /** The rules by name, in list order (blank names are left out; validation reports them). */
  public Map<String, RouteRule> rules() {
    Map<String, RouteRule> out = new LinkedHashMap<>();
    for (RouteRow r : routes) {
      String name = r.nameProperty().get().trim();
      if (!name.isEmpty()) {
        out.put(name, r.toRule());
      }
    }
    return out;
  }

  /** Sets the shard mode that lets the merge go ahead. */
  public void useShardMode(ShardMode mode) {
    shardMode.set(mode);
  }

  /** Recomputes the preview from the ticked tables and the rules. */
  public void refresh() {
    Map<String, RouteRule> rules = rules();
    List<SourceTables> inputs = new ArrayList<>();
    tables
        .get()
        .forEach(
            (sourceId, list) ->
                inputs.add(
                    new SourceTables(
                        sourceId,
                        new RuleRefs(null, List.copyOf(rules.keySet()), List.of(), List.of()),
                        list)));
    PreviewResult result;
    try {
      result =
          RulesPreview.preview(
              new RuleSets(Map.of(), rules, Map.of(), Map.of()), false, shardMode.get(), inputs);
    } catch (RuleConfigException e) {
      preview.clear();
      mergeFound.set(false);
      previewProblem = "The preview needs valid rules: " + e.problems().get(0).message();
      return;
    }
    previewProblem = "";
    Map<TableId, String> merges = new HashMap<>();
    for (PreviewConflict c : result.conflicts()) {
      if (c.kind() == PreviewConflict.Kind.MERGE_WITHOUT_SHARD_MODE) {
        merges.put(c.target(), c.message());
      }
    }
    Map<TableId, Integer> perTarget = new HashMap<>();
    result.tables().stream()
        .filter(TablePreview::migrated)
        .forEach(t -> perTarget.merge(t.target(), 1, Integer::sum));
    List<PreviewRow> rows = new ArrayList<>();
    for (TablePreview t : result.tables()) {
      PreviewRow.Status status;
      String message = "";
      if (t.conflict() != null) {
        status = PreviewRow.Status.CONFLICT;
        message = t.conflict();
      } else if (merges.containsKey(t.target())) {
        status = PreviewRow.Status.CONFLICT;
        message = "Several tables go here but shard mode is off.";
      } else if (perTarget.getOrDefault(t.target(), 0) > 1) {
        status = PreviewRow.Status.MERGED;
      } else if (t.target().equals(t.source())) {
        status = PreviewRow.Status.SAME_NAME;
      } else {
        status = PreviewRow.Status.RENAMED;
      }
      rows.add(
          new PreviewRow(
              t.sourceId(),
              t.source().toString(),
              t.target() == null ? "—" : t.target().toString(),
              t.routeRule() == null ? "" : t.routeRule(),
              extra(t.extraColumns()),
              status,
              message));
    }
    preview.setAll(rows);
    mergeFound.set(!merges.isEmpty());
  }

  /** The extract columns a table gets, e.g. {@code c_table='01', c_source='mysql-01'}. */
  private static String extra(List<ExtractedColumn> columns) {
    return String.join(
        ", ", columns.stream().map(c -> c.column() + "='" + c.value() + "'").toList());
  }

  @Override
  public void showProblems(List<ConfigProblem> problems) {
    boolean ok = true;
    Set<String> names = new HashSet<>();
    for (RouteRow r : routes) {
      String name = r.nameProperty().get().trim();
      String prefix = "rules.routes." + name + ".";
      String extractError = checkExtractions(r, prefix, problems);
      String error = "";
      if (name.isEmpty()) {
        error = "Give the rule a name.";
      } else if (!names.add(name)) {
        error = "Another rule has this name.";
      } else if (r.schemaPatternProperty().get().isBlank()) {
        error = "Enter a schema pattern, e.g. shop_*.";
      } else if (r.targetSchemaProperty().get().isBlank()) {
        error = "Enter the target schema.";
      } else if (!extractError.isEmpty()) {
        error = "Extract columns: " + extractError;
      } else {
        error =
            problems.stream()
                .filter(
                    p ->
                        p.isError()
                            && (p.path().startsWith(prefix)
                                || p.path().equals("rules.routes." + name)))
                .map(RoutesPageViewModel::text)
                .findFirst()
                .orElse("");
      }
      r.errorProperty().set(error);
      ok &= error.isEmpty();
    }
    long conflicts = preview.stream().filter(p -> p.status() == PreviewRow.Status.CONFLICT).count();
    String message = previewProblem;
    if (message.isEmpty() && conflicts > 0) {
      message =
          conflicts
              + " table(s) conflict."
              + (mergeFound.get()
                  ? " Routes merge several tables into one: choose a shard mode, or route them apart."
                  : "");
    }
    setPageMessage(message);
    setValid(ok && message.isEmpty());
  }

  /** Sets each extract column's message; returns the first ("" when all are fine). */
  private static String checkExtractions(RouteRow r, String prefix, List<ConfigProblem> problems) {
    Set<String> columns = new HashSet<>();
    String first = "";
    for (ExtractColumnRow x : r.extractions()) {
      String error = x.check();
      String column = x.targetColumnProperty().get().trim();
      if (error.isEmpty() && x.isSet() && !columns.add(column.toLowerCase(Locale.ROOT))) {
        error = "Another extract column of this rule already writes to " + column + ".";
      }
      if (error.isEmpty()) {
        String path = prefix + x.kind().key();
        error =
            problems.stream()
                .filter(p -> p.isError() && p.path().startsWith(path))
                .map(RoutesPageViewModel::text)
                .findFirst()
                .orElse("");
      }
      x.errorProperty().set(error);
      if (first.isEmpty() && !error.isEmpty()) {
        first = x.kind().key() + ": " + error;
      }
    }
    return first;
  }

  private static String text(ConfigProblem p) {
    return p.message() + (p.fix().isEmpty() ? "" : " " + p.fix());
  }

  public ObservableList<RouteRow> routes() {
    return routes;
  }

  public ObservableList<PreviewRow> preview() {
    return preview;
  }

  /** True when routes merge tables while shard mode is off: the page offers shard mode then. */
  public ReadOnlyBooleanProperty mergeFoundProperty() {
    return mergeFound.getReadOnlyProperty();
  }

  public ObjectProperty<ShardMode> shardModeProperty() {
    return shardMode;
  }
}
