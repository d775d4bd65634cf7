package dev.ferry.ui.dashboard;

import dev.ferry.config.FerryHome;
import dev.ferry.domain.Stage;
import dev.ferry.engine.DdlDecisions.PausedDdl;
import dev.ferry.engine.ProgressSnapshot;
import dev.ferry.service.RunningTask;
import dev.ferry.ui.common.FolderOpener;
import dev.ferry.ui.common.Formats;
import dev.ferry.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The live dashboard of one task. The view calls {@link #refresh()} from a timeline a few times a
 * second; each call takes one snapshot and updates the rows in place — the engine never pushes to
 * the UI thread. Pause/Resume/Stop go through the executor and show their effect at once.
 */
public final class DashboardViewModel {

  private final RunningTask task;
  private final TaskExecutor executor;
  private final TableListModel tables = new TableListModel();
  private final ObservableList<StageStep> steps = FXCollections.observableArrayList();
  private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.NEW);
  private final StringProperty stageText = new SimpleStringProperty("Starting…");
  private final DoubleProperty overall = new SimpleDoubleProperty(0);
  private final StringProperty rowsText = new SimpleStringProperty("—");
  private final StringProperty rateText = new SimpleStringProperty("—");
  private final StringProperty etaText = new SimpleStringProperty("—");
  private final StringProperty tablesText = new SimpleStringProperty("—");
  private final SyncPanelModel sync = new SyncPanelModel();
  private final EventLogModel events = new EventLogModel();
  private final StringProperty errorTitle = new SimpleStringProperty("");
  private final StringProperty errorText = new SimpleStringProperty("");
  private final BooleanProperty errorVisible = new SimpleBooleanProperty(false);
  private final BooleanProperty ddlError = new SimpleBooleanProperty(false);
  private final BooleanProperty requestPending = new SimpleBooleanProperty(false);
  private final BooleanProperty active = new SimpleBooleanProperty(true);
  private final StringProperty logHint = new SimpleStringProperty("");
  private final PausedDdlModel pausedDdl;
  private final FolderOpener folderOpener;
  private final Path logFolder;
  private Stage lastWorkingStage = Stage.CHECKING;
  private long tick;

  public DashboardViewModel(RunningTask task, TaskExecutor executor) {
    this(task, executor, FolderOpener.system(), FerryHome.directory().resolve("logs"));
  }

  /**
   * @param folderOpener opens {@code logFolder} for Open log (off the UI thread)
   */
  public DashboardViewModel(
      RunningTask task, TaskExecutor executor, FolderOpener folderOpener, Path logFolder) {
    this.task = task;
    this.executor = executor;
    this.folderOpener = folderOpener;
    this.logFolder = logFolder;
    this.pausedDdl = new PausedDdlModel(task, executor);
    steps.setAll(stepsFor(Stage.NEW));
  }

  /** Takes one snapshot and shows it; cheap enough to call a few times a second. */
  public void refresh() {
    boolean isActive = task.isActive();
    if (isActive != active.get()) {
      requestPending.set(false); // the pause, stop or resume took effect
    }
    active.set(isActive);
    apply(task.snapshot());
    pausedDdl.refresh(errorVisible.get() && ddlError.get(), isActive);
    events.addAll(task.drainEvents());
  }

  void apply(ProgressSnapshot s) {
    tick++;
    tables.apply(s.tables());
    stage.set(s.stage());
    if (s.stage().isRunning()) {
      lastWorkingStage = s.stage();
    }
    steps.setAll(stepsFor(s.stage()));
    long est = s.rowsEstimated();
    overall.set(
        est == 0
            ? (s.stage() == Stage.FINISHED ? 1 : 0)
            : Math.min(1.0, (double) s.rowsDone() / est));
    rowsText.set(Formats.count(s.rowsDone()) + " / " + Formats.count(est) + " rows");
    rateText.set(Formats.shortCount(s.rowsPerSecond()) + " rows/s");
    etaText.set(
        s.stage() == Stage.DUMPING || s.stage() == Stage.LOADING
            ? "ETA " + Formats.duration(s.eta())
            : "ETA —");
    tablesText.set(s.tablesDone() + " / " + s.tables().size() + " tables done");
    if (!requestPending.get()) {
      stageText.set(StageTimeline.describe(s.stage()));
    }
    sync.apply(s.sync(), tick);
    applyError(s.lastError());
  }

  private void applyError(ProgressSnapshot.ErrorInfo e) {
    if (e == null) {
      errorVisible.set(false);
      return;
    }
    errorTitle.set(e.code() + (e.retrying() ? " — retrying by itself" : " — the task needs you"));
    ddlError.set("FERRY-4002".equals(e.code()));
    String fix = e.action() == null || e.action().isEmpty() ? "" : "Fix: " + e.action();
    // once the paused statement is known the banner shows it in full; the message would repeat it
    boolean detailed = ddlError.get() && pausedDdl.pausedProperty().get() != null;
    errorText.set(
        detailed && !fix.isEmpty() ? fix : e.message() + (fix.isEmpty() ? "" : "\n" + fix));
    errorVisible.set(true);
  }

  List<StageStep> stepsFor(Stage s) {
    return StageTimeline.steps(task.mode(), s, lastWorkingStage, overall.get());
  }

  public void pause() {
    control("Pausing… (flushing checkpoints)", task::pause);
  }

  public void resume() {
    control("Resuming…", task::resume);
    errorVisible.set(false);
  }

  public void stop() {
    control("Stopping… (flushing checkpoints)", task::stop);
  }

  /**
   * Skips the DDL the sync paused on (DM's {@code binlog skip}); resumes the task once no other
   * source waits for a decision.
   */
  public void skipDdl() {
    PausedDdl d = pausedDdl.pausedProperty().get();
    if (d != null) {
      String event = "DDL SKIPPED  " + d.sourceId() + ": " + d.targetSql();
      decideDdl("Skipping", d, task::skipDdl, event);
    }
  }

  /**
   * Runs {@code statements} on the target instead of the DDL the sync paused on (DM's {@code binlog
   * replace}); resumes the task once no other source waits for a decision.
   *
   * @throws IllegalArgumentException when there is no statement
   */
  public void replaceDdl(List<String> statements) {
    if (statements.isEmpty() || statements.stream().allMatch(String::isBlank)) {
      throw new IllegalArgumentException("Replace DDL needs at least one statement");
    }
    PausedDdl d = pausedDdl.pausedProperty().get();
    if (d != null) {
      List<String> sql = List.copyOf(statements);
      decideDdl(
          "Replacing",
          d,
          source -> task.replaceDdl(source, sql),
          "DDL REPLACED  " + d.sourceId() + ": " + String.join("; ", sql));
    }
  }

  private void decideDdl(String verb, PausedDdl d, Predicate<String> decision, String event) {
    boolean last = pausedDdl.waiting() <= 1;
    control(
        verb + " the rejected DDL of " + d.sourceId() + (last ? " and resuming…" : "…"),
        () -> pausedDdl.decide(d, decision),
        left -> {
          events.note(event);
          pausedDdl.decided(left);
          if (left.isEmpty()) {
            errorVisible.set(false);
            return;
          }
          requestPending.set(false); // the task stays paused: the next source's DDL is shown
          stageText.set(StageTimeline.describe(stage.get()));
          events.note(
              left.size()
                  + " more source(s) paused on a DDL; the task resumes once each is decided");
        });
  }

  /** Opens the log folder in the file manager, or shows its path where that is not possible. */
  public void openLog() {
    executor.execute(
        () -> {
          Files.createDirectories(logFolder);
          return folderOpener.open(logFolder);
        },
        opened -> logHint.set(opened ? "Opened " + logFolder : "The log files are in " + logFolder),
        failure -> logHint.set("The log files are in " + logFolder));
  }

  private void control(String text, Runnable action) {
    control(
        text,
        () -> {
          action.run();
          return null;
        },
        ok -> {});
  }

  private <T> void control(String text, Callable<T> action, Consumer<T> done) {
    requestPending.set(true);
    stageText.set(text);
    executor.execute(
        action,
        done,
        failure -> {
          requestPending.set(false);
          stageText.set(StageTimeline.describe(stage.get()));
          events.error(failure.getMessage());
        });
  }

  public BooleanBinding canPauseProperty() {
    return active.and(requestPending.not());
  }

  public BooleanBinding canResumeProperty() {
    return active
        .not()
        .and(requestPending.not())
        .and(Bindings.createBooleanBinding(() -> stage.get() != Stage.FINISHED, stage));
  }

  public BooleanBinding canStopProperty() {
    return active.and(requestPending.not());
  }

  /** True when the sync paused on a rejected DDL that Skip/Replace can decide now. */
  public BooleanBinding canDecideDdlProperty() {
    return pausedDdl.pausedProperty().isNotNull().and(active.not()).and(requestPending.not());
  }

  /** The DDL the sync paused on, null when none is known. */
  public ReadOnlyObjectProperty<PausedDdl> pausedDdlProperty() {
    return pausedDdl.pausedProperty();
  }

  /** Where the paused DDL is, its statement and the target's error ("" when none is known). */
  public ReadOnlyStringProperty pausedDdlTextProperty() {
    return pausedDdl.detailsProperty();
  }

  /** What Open log did: the folder it opened, or where the logs are. */
  public StringProperty logHintProperty() {
    return logHint;
  }

  /** False for full-mode tasks: the view hides the sync panel. */
  public boolean hasSync() {
    return task.mode().hasSync();
  }

  public String taskName() {
    return task.name();
  }

  public ObservableList<TableProgressRow> rows() {
    return tables.rows();
  }

  /** The rows the filter lets through; the view wraps them in a sorted list. */
  public FilteredList<TableProgressRow> visibleRows() {
    return tables.visibleRows();
  }

  public StringProperty filterProperty() {
    return tables.filterProperty();
  }

  public BooleanProperty onlyProblemsProperty() {
    return tables.onlyProblemsProperty();
  }

  public ObservableList<StageStep> steps() {
    return steps;
  }

  public ObjectProperty<Stage> stageProperty() {
    return stage;
  }

  public StringProperty stageTextProperty() {
    return stageText;
  }

  public DoubleProperty overallProperty() {
    return overall;
  }

  public StringProperty rowsTextProperty() {
    return rowsText;
  }

  public StringProperty rateTextProperty() {
    return rateText;
  }

  public StringProperty etaTextProperty() {
    return etaText;
  }

  public StringProperty tablesTextProperty() {
    return tablesText;
  }

  /** The sync panel: lag, rates, positions, safe mode and the two charts. */
  public SyncPanelModel sync() {
    return sync;
  }

  public ObservableList<String> events() {
    return events.lines();
  }

  public StringProperty errorTitleProperty() {
    return errorTitle;
  }

  public StringProperty errorTextProperty() {
    return errorText;
  }

  public BooleanProperty errorVisibleProperty() {
    return errorVisible;
  }

  /** True when the error is a DDL the target rejected: Skip/Replace DDL apply. */
  public BooleanProperty ddlErrorProperty() {
    return ddlError;
  }

  public BooleanProperty activeProperty() {
    return active;
  }
}
