package dev.ferry.ui.wizard;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.domain.ShardMode;
import dev.ferry.engine.PrecheckReport;
import dev.ferry.service.ProjectService;
import dev.ferry.ui.common.Formats;
import dev.ferry.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 9: what will happen, the estimate, and the way out to DM. Save and Start are the wizard's.
 */
public final class ReviewPageViewModel extends PageViewModel {

  private final TaskExecutor executor;
  private final ProjectService projects;
  private final Supplier<TaskConfig> task;
  private final ObjectsPageViewModel objects;
  private final ObservableList<SummaryLine> lines = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper("");
  private Supplier<PrecheckReport> estimate;

  public ReviewPageViewModel(
      TaskExecutor executor,
      ProjectService projects,
      Supplier<TaskConfig> task,
      ObjectsPageViewModel objects) {
    this.executor = executor;
    this.projects = projects;
    this.task = task;
    this.objects = objects;
  }

  @Override
  public String title() {
    return "Review";
  }

  @Override
  public String help() {
    return "Check the summary, then save the project and start. Export as DM task writes task.yaml"
        + " and source files for TiDB DM (passwords are never written).";
  }

  @Override
  public void onEnter() {
    refresh();
  }

  /** Rebuilds the summary from the current task. */
  public void refresh() {
    TaskConfig t = task.get();
    List<SummaryLine> out = new ArrayList<>();
    out.add(new SummaryLine("Task", t.name() + "  (" + t.taskMode().dmName() + ")"));
    out.add(new SummaryLine("What it does", ProjectPageViewModel.explain(t.taskMode())));
    for (SourceConfig s : t.sources()) {
      out.add(
          new SummaryLine(
              "Source " + s.sourceId(),
              s.user()
                  + "@"
                  + s.host()
                  + ":"
                  + s.port()
                  + "   password: "
                  + describe(s.password())));
    }
    out.add(
        new SummaryLine(
            "Target",
            t.target().user()
                + "@"
                + t.target().host()
                + ":"
                + t.target().port()
                + "   password: "
                + describe(t.target().password())));
    if (objects.isLoaded()) {
      out.add(
          new SummaryLine(
              "Tables",
              Formats.count(objects.selectedCount())
                  + " tables, about "
                  + Formats.count(objects.selectedRows())
                  + " rows, "
                  + Formats.bytes(objects.selectedBytes())));
    } else {
      out.add(
          new SummaryLine(
              "Tables",
              "as in the project's block-allow-list ("
                  + t.rules().blockAllowList().size()
                  + " list(s))"));
    }
    if (estimate != null && estimate.get() != null) {
      estimate.get().byId("estimate").stream()
          .findFirst()
          .ifPresent(r -> out.add(new SummaryLine("Estimate", r.found())));
    }
    out.add(
        new SummaryLine(
            "Routes",
            t.rules().routes().isEmpty()
                ? "none — names are kept"
                : t.rules().routes().size() + " rule(s)"));
    out.add(
        new SummaryLine(
            "Shard mode", t.shardMode() == ShardMode.NONE ? "off" : t.shardMode().dmName()));
    out.add(
        new SummaryLine(
            "Filters",
            t.rules().filters().size()
                + " event filter(s), "
                + t.rules().expressionFilters().size()
                + " expression filter(s)"));
    if (!t.sources().isEmpty()) {
      SourceConfig s = t.sources().get(0);
      out.add(
          new SummaryLine(
              "Copy",
              s.dump().threads()
                  + " readers, "
                  + s.load().threads()
                  + " writers, consistency "
                  + s.dump().consistency().dmName()));
      out.add(
          new SummaryLine(
              "Sync",
              s.sync().workerCount()
                  + " workers, batch "
                  + s.sync().batch()
                  + ", safe mode "
                  + (s.sync().safeMode() ? "always on" : "automatic")));
    }
    out.add(
        new SummaryLine(
            "Online DDL",
            t.onlineDdl().enabled()
                ? "on (" + String.join(", ", t.onlineDdl().shadowTableRules()) + ")"
                : "off"));
    lines.setAll(out);
  }

  private static String describe(dev.ferry.config.Secret s) {
    return switch (s.kind()) {
      case ASK -> "asked at start";
      case ENV -> "from $" + s.value();
      case REMEMBERED -> "remembered on this computer";
      case PLAIN -> "typed (remembered on save)";
    };
  }

  /** Where the precheck's duration estimate comes from (its {@code estimate} result). */
  void setEstimateSource(Supplier<PrecheckReport> report) {
    this.estimate = report;
  }

  /** Writes DM's task.yaml and source files into {@code directory}, off the UI thread. */
  public void exportDm(Path directory) {
    TaskConfig t = task.get();
    exportStatus.set("Exporting…");
    executor.execute(
        () -> projects.exportDm(t, directory),
        files -> exportStatus.set("✓ Wrote " + files.size() + " file(s) to " + directory),
        failure -> exportStatus.set("✗ Export failed: " + failure.getMessage()));
  }

  @Override
  public void showProblems(List<ConfigProblem> problems) {
    long errors = problems.stream().filter(ConfigProblem::isError).count();
    setPageMessage(
        errors == 0
            ? ""
            : errors
                + " problem(s) remain on earlier pages: "
                + problems.stream()
                    .filter(ConfigProblem::isError)
                    .findFirst()
                    .map(ConfigProblem::toString)
                    .orElse(""));
    setValid(errors == 0);
  }

  public ObservableList<SummaryLine> lines() {
    return lines;
  }

  public ReadOnlyStringProperty exportStatusProperty() {
    return exportStatus.getReadOnlyProperty();
  }
}
