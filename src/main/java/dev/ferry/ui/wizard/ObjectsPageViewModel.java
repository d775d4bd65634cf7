package dev.ferry.ui.wizard;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.domain.TableId;
import dev.ferry.engine.SourceBrowser;
import dev.ferry.rules.BlockAllowListFilter;
import dev.ferry.service.ServerAccess;
import dev.ferry.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 4: which schemas and tables to migrate. The check boxes become one block-allow-list per
 * source: a schema whose tables are all checked becomes {@code do-dbs}, single tables {@code
 * do-tables}. Names DM would read as patterns ({@code *}, {@code ?}, {@code [}, a leading {@code
 * ~}) become exact {@code ~^...$} regexes, so a tick never selects other tables.
 */
public final class ObjectsPageViewModel extends PageViewModel {

  private final TaskExecutor executor;
  private final ServerAccess access;
  private final Supplier<List<SourceConfig>> sources;
  private final Supplier<List<String>> sourceIds;
  private final ObservableList<TableNode> tables = FXCollections.observableArrayList();
  private final StringProperty search = new SimpleStringProperty("");
  private final StringProperty status = new SimpleStringProperty("");
  private final StringProperty rulesText = new SimpleStringProperty("");
  private final BooleanProperty loading = new SimpleBooleanProperty(false);

  /** The lists of an opened project, used until the sources' tables are loaded. */
  private Map<String, BlockAllowList> fromProject = Map.of();

  private boolean loaded;
  private boolean applyingRules;
  private final BooleanProperty rulesMode = new SimpleBooleanProperty(false);
  private final StringProperty ruleLines = new SimpleStringProperty("");

  /**
   * @param sources the sources as configured (for listing their tables)
   * @param sourceIds the sources' ids (hand-written rules apply to every source)
   */
  public ObjectsPageViewModel(
      TaskExecutor executor,
      ServerAccess access,
      Supplier<List<SourceConfig>> sources,
      Supplier<List<String>> sourceIds) {
    this.executor = executor;
    this.access = access;
    this.sources = sources;
    this.sourceIds = sourceIds;
    rulesMode.addListener(
        (obs, was, on) -> {
          if (on) {
            Map<String, BlockAllowList> now = blockAllowListsFromTicks();
            ruleLines.set(now.isEmpty() ? "" : RuleLines.format(now.values().iterator().next()));
          }
          selectionChanged();
        });
    ruleLines.addListener(
        x -> {
          if (rulesMode.get()) {
            tickFromRules();
            selectionChanged();
          }
        });
  }

  /** Ticks the tables the hand-written rules migrate (system schemas never). */
  private void tickFromRules() {
    BlockAllowListFilter filter;
    try {
      filter = BlockAllowListFilter.of(RuleLines.parse(ruleLines.get()), false);
    } catch (RuntimeException invalid) {
      return; // validation shows the problem; the ticks stay as they were
    }
    applyingRules = true;
    try {
      tables.forEach(t -> t.selectedProperty().set(filter.allows(t.table())));
    } finally {
      applyingRules = false;
    }
  }

  @Override
  public String title() {
    return "Objects";
  }

  @Override
  public String help() {
    return "Tick the schemas and tables to migrate. Ferry turns the ticks into DM block-allow-list"
        + " rules (shown below the tree); system schemas are never migrated.";
  }

  @Override
  public void onEnter() {
    if (!loaded && !loading.get()) {
      load();
    }
  }

  void loadFromProject(Map<String, BlockAllowList> lists) {
    fromProject = Map.copyOf(lists);
  }

  /** Lists every source's tables off the UI thread; keeps ticks where tables stay the same. */
  public void load() {
    List<SourceConfig> list = sources.get();
    loading.set(true);
    status.set("Reading the tables of " + list.size() + " source(s)…");
    executor.execute(
        () -> {
          Map<String, List<SourceBrowser.Table>> out = new LinkedHashMap<>();
          for (SourceConfig s : list) {
            out.put(s.sourceId(), access.tables(s));
          }
          return out;
        },
        this::show,
        failure -> {
          loading.set(false);
          status.set("✗ Cannot read the tables: " + failure.getMessage());
          changed();
        });
  }

  void show(Map<String, List<SourceBrowser.Table>> catalog) {
    Map<String, Boolean> before = new LinkedHashMap<>();
    tables.forEach(t -> before.put(key(t.sourceId(), t.table()), t.isSelected()));
    List<TableNode> nodes = new ArrayList<>();
    catalog.forEach(
        (sourceId, list) -> {
          BlockAllowList existing = fromProject.get(sourceId);
          BlockAllowListFilter filter =
              existing == null ? null : BlockAllowListFilter.of(existing, false);
          for (SourceBrowser.Table t : list) {
            TableNode n =
                new TableNode(
                    sourceId, TableId.of(t.schema(), t.table()), t.rowsEstimate(), t.bytes());
            Boolean was = before.get(key(sourceId, n.table()));
            n.selectedProperty()
                .set(was != null ? was : filter == null || filter.allows(n.table()));
            n.selectedProperty().addListener(x -> selectionChanged());
            nodes.add(n);
          }
        });
    tables.setAll(nodes);
    loaded = true;
    loading.set(false);
    status.set("✓ " + nodes.size() + " tables in " + catalog.size() + " source(s)");
    selectionChanged();
  }

  private void selectionChanged() {
    if (applyingRules) {
      return; // one update after all ticks
    }
    rulesText.set(RulesText.blockAllowLists(blockAllowLists()));
    changed();
  }

  private static String key(String sourceId, TableId t) {
    return sourceId + "\u0000" + t.schema() + "\u0000" + t.table();
  }

  /** True when {@code node} matches the search text (schema or table name, case-insensitive). */
  public boolean matches(TableNode node) {
    String q = search.get().trim().toLowerCase(Locale.ROOT);
    return q.isEmpty()
        || node.table().schema().toLowerCase(Locale.ROOT).contains(q)
        || node.table().table().toLowerCase(Locale.ROOT).contains(q);
  }

  /** Ticks or clears every table that matches the search. */
  public void selectMatching(boolean selected) {
    tables.stream().filter(this::matches).forEach(t -> t.selectedProperty().set(selected));
  }

  /** The block-allow-list of each source, by source id. */
  public Map<String, BlockAllowList> blockAllowLists() {
    if (rulesMode.get()) {
      BlockAllowList list = RuleLines.parse(ruleLines.get());
      Map<String, BlockAllowList> out = new LinkedHashMap<>();
      for (String id : sourceIds.get()) {
        out.put(id, list);
      }
      return out;
    }
    return blockAllowListsFromTicks();
  }

  private Map<String, BlockAllowList> blockAllowListsFromTicks() {
    if (!loaded) {
      return fromProject;
    }
    Map<String, Map<String, List<TableNode>>> bySchema = new LinkedHashMap<>();
    for (TableNode t : tables) {
      bySchema
          .computeIfAbsent(t.sourceId(), s -> new LinkedHashMap<>())
          .computeIfAbsent(t.table().schema(), s -> new ArrayList<>())
          .add(t);
    }
    Map<String, BlockAllowList> out = new LinkedHashMap<>();
    bySchema.forEach(
        (sourceId, schemas) -> {
          Map<String, List<String>> ticked = new LinkedHashMap<>();
          List<String> whole = new ArrayList<>();
          schemas.forEach(
              (schema, list) -> {
                List<String> names =
                    list.stream()
                        .filter(TableNode::isSelected)
                        .map(t -> t.table().table())
                        .toList();
                if (!names.isEmpty()) {
                  ticked.put(schema, names);
                }
                if (!names.isEmpty() && names.size() == list.size()) {
                  whole.add(schema);
                }
              });
          out.put(sourceId, RuleLines.exactList(ticked, whole));
        });
    return out;
  }

  /** The ticked tables of each source (empty before the tables are loaded). */
  public Map<String, List<TableId>> selectedTables() {
    Map<String, List<TableId>> out = new LinkedHashMap<>();
    for (TableNode t : tables) {
      if (t.isSelected()) {
        out.computeIfAbsent(t.sourceId(), s -> new ArrayList<>()).add(t.table());
      }
    }
    return out;
  }

  public long selectedRows() {
    return tables.stream().filter(TableNode::isSelected).mapToLong(TableNode::rows).sum();
  }

  public long selectedBytes() {
    return tables.stream().filter(TableNode::isSelected).mapToLong(TableNode::bytes).sum();
  }

  public long selectedCount() {
    return tables.stream().filter(TableNode::isSelected).count();
  }

  public boolean isLoaded() {
    return loaded;
  }

  @Override
  public void showProblems(List<ConfigProblem> problems) {
    String message = "";
    if (rulesMode.get() && !RuleLines.problem(ruleLines.get()).isEmpty()) {
      message = RuleLines.problem(ruleLines.get());
    } else if (!loaded && fromProject.isEmpty() && !rulesMode.get()) {
      message = "Read the sources' tables (Reload) to choose what to migrate.";
    } else if (loaded && selectedCount() == 0) {
      message = "Tick at least one table.";
    } else {
      message =
          problems.stream()
              .filter(p -> p.isError() && p.path().startsWith("rules.block-allow-list"))
              .map(ConfigProblem::message)
              .findFirst()
              .orElse("");
    }
    setPageMessage(message);
    setValid(message.isEmpty());
  }

  /** True while the rules are edited by hand ({@link #ruleLinesProperty()}) instead of ticks. */
  public BooleanProperty rulesModeProperty() {
    return rulesMode;
  }

  /** The hand-written rules: {@code schema}, {@code schema.table}, {@code !} to ignore. */
  public StringProperty ruleLinesProperty() {
    return ruleLines;
  }

  public ObservableList<TableNode> tables() {
    return tables;
  }

  public StringProperty searchProperty() {
    return search;
  }

  public StringProperty statusProperty() {
    return status;
  }

  public StringProperty rulesTextProperty() {
    return rulesText;
  }

  public BooleanProperty loadingProperty() {
    return loading;
  }
}
