package dev.ferry.ui.wizard;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.SourceConfig;
import dev.ferry.service.ServerAccess;
import dev.ferry.ui.common.TaskExecutor;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Step 2: one or more source servers. */
public final class SourcesPageViewModel extends PageViewModel {

  private final ObservableList<SourceEntryViewModel> sources = FXCollections.observableArrayList();
  private final ObjectProperty<SourceEntryViewModel> selected = new SimpleObjectProperty<>();
  private final TaskExecutor executor;
  private final ServerAccess access;
  private List<ConfigProblem> lastProblems = List.of();

  public SourcesPageViewModel(TaskExecutor executor, ServerAccess access) {
    this.executor = executor;
    this.access = access;
    add();
  }

  @Override
  public String title() {
    return "Sources";
  }

  @Override
  public String help() {
    return "The MySQL, MariaDB or Aurora servers to read from. For the sync, each needs log_bin=ON,"
        + " binlog_format=ROW and binlog_row_image=FULL; Test connection shows them.";
  }

  /** Adds a source with the next free id and selects it. */
  public SourceEntryViewModel add() {
    int n = sources.size() + 1;
    Set<String> ids = new HashSet<>();
    sources.forEach(s -> ids.add(s.sourceIdProperty().get()));
    while (ids.contains(String.format("mysql-%02d", n))) {
      n++;
    }
    SourceEntryViewModel entry = new SourceEntryViewModel(String.format("mysql-%02d", n));
    attach(entry);
    sources.add(entry);
    selected.set(entry);
    changed();
    return entry;
  }

  /** Removes the selected source; the last one cannot be removed. */
  public void removeSelected() {
    SourceEntryViewModel s = selected.get();
    if (s == null || sources.size() <= 1) {
      return;
    }
    int i = sources.indexOf(s);
    sources.remove(s);
    selected.set(sources.get(Math.min(i, sources.size() - 1)));
    changed();
  }

  void load(List<SourceConfig> configs) {
    sources.clear();
    for (SourceConfig c : configs) {
      SourceEntryViewModel e = SourceEntryViewModel.of(c);
      attach(e);
      sources.add(e);
    }
    if (sources.isEmpty()) {
      add();
    }
    selected.set(sources.get(0));
  }

  private void attach(SourceEntryViewModel e) {
    watch(e.sourceIdProperty());
    watch(e.connection().fields());
  }

  /** Tests the selected source's login off the UI thread. */
  public void testSelected() {
    SourceEntryViewModel e = selected.get();
    if (e != null) {
      e.connection()
          .test(executor, c -> access.testSource(e.toConfig(null, new OptionsPageViewModel())));
    }
  }

  @Override
  public void showProblems(List<ConfigProblem> problems) {
    lastProblems = problems;
    boolean ok = true;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < sources.size(); i++) {
      SourceEntryViewModel e = sources.get(i);
      String path = "sources[" + i + "]";
      String id = e.sourceIdProperty().get().trim();
      String idError = "";
      if (id.isEmpty()) {
        idError = "Give the source an id, e.g. mysql-01.";
      } else if (id.length() > 32) {
        idError = "Use at most 32 characters.";
      } else if (!seen.add(id)) {
        idError = "Another source already has this id.";
      } else {
        idError =
            problems.stream()
                .filter(p -> p.isError() && p.path().equals(path + ".source-id"))
                .map(ConfigProblem::message)
                .findFirst()
                .orElse("");
      }
      e.idErrorProperty().set(idError);
      boolean formOk = e.connection().validate(path, problems).isEmpty();
      ok &= formOk && idError.isEmpty();
    }
    setValid(ok);
    setPageMessage(ok ? "" : "Some sources have errors: select each one marked and correct it.");
  }

  /** Re-checks after a change in the list that no field reported (e.g. an id becoming unique). */
  void revalidate() {
    showProblems(lastProblems);
  }

  public ObservableList<SourceEntryViewModel> sources() {
    return sources;
  }

  public ObjectProperty<SourceEntryViewModel> selectedProperty() {
    return selected;
  }
}
