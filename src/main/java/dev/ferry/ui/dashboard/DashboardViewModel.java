package dev.ferry.ui.dashboard;

import dev.ferry.domain.SourceTable;
import dev.ferry.domain.Stage;
import dev.ferry.domain.TablePhase;
import dev.ferry.engine.ProgressSnapshot;
import dev.ferry.engine.SyncStatus;
import dev.ferry.engine.TableProgress;
import dev.ferry.service.RunningTask;
import dev.ferry.service.TaskEvent;
import dev.ferry.ui.common.Formats;
import dev.ferry.ui.common.TaskExecutor;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.chart.XYChart;

/**
 * The live dashboard of one task. The view calls {@link #refresh()} from a timeline a few times a
 * second; each call takes one snapshot and updates the rows in place — the engine never pushes to
 * the UI thread. Pause/Resume/Stop go through the executor and show their effect at once.
 */
public final class DashboardViewModel {

  static final int MAX_EVENTS = 1_000;
  static final int CHART_POINTS = 240;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

  private final RunningTask task;
  private final TaskExecutor executor;
  private final ObservableList<TableProgressRow> rows = FXCollections.observableArrayList();
  private final Map<SourceTable, TableProgressRow> bySource = new HashMap<>();
  private final FilteredList<TableProgressRow> visibleRows = new FilteredList<>(rows);
  private final StringProperty filter = new SimpleStringProperty("");
  private final BooleanProperty onlyProblems = new SimpleBooleanProperty(false);
  private final ObservableList<StageStep> steps = FXCollections.observableArrayList();
  private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.NEW);
  private final StringProperty stageText = new SimpleStringProperty("Starting…");
  private final DoubleProperty overall = new SimpleDoubleProperty(0);
  private final StringProperty rowsText = new SimpleStringProperty("—");
  private final StringProperty rateText = new SimpleStringProperty("—");
  private final StringProperty etaText = new SimpleStringProperty("—");
  private final StringProperty tablesText = new SimpleStringProperty("—");
  private final StringProperty lagText = new SimpleStringProperty("—");
  private final StringProperty syncRateText = new SimpleStringProperty("—");
  private final StringProperty positionsText =
      new SimpleStringProperty("The sync has not started.");
  private final StringProperty safeModeText = new SimpleStringProperty("safe mode: off");
  private final BooleanProperty safeMode = new SimpleBooleanProperty(false);
  private final ObservableList<XYChart.Data<Number, Number>> lagPoints =
      FXCollections.observableArrayList();
  private final ObservableList<XYChart.Data<Number, Number>> ratePoints =
      FXCollections.observableArrayList();
  private final ObservableList<String> events = FXCollections.observableArrayList();
  private final StringProperty errorTitle = new SimpleStringProperty("");
  private final StringProperty errorText = new SimpleStringProperty("");
  private final BooleanProperty errorVisible = new SimpleBooleanProperty(false);
  private final BooleanProperty ddlError = new SimpleBooleanProperty(false);
  private final BooleanProperty requestPending = new SimpleBooleanProperty(false);
  private final BooleanProperty active = new SimpleBooleanProperty(true);
  private Stage lastWorkingStage = Stage.CHECKING;
  private long tick;

  public DashboardViewModel(RunningTask task, TaskExecutor executor) {
    this.task = task;
    this.executor = executor;
    filter.addListener(x -> updatePredicate());
    onlyProblems.addListener(x -> updatePredicate());
    steps.setAll(stepsFor(Stage.NEW));
  }

  private void updatePredicate() {
    String q = filter.get().trim().toLowerCase(Locale.ROOT);
    boolean problems = onlyProblems.get();
    visibleRows.setPredicate(
        r ->
            (q.isEmpty()
                    || r.sourceText().toLowerCase(Locale.ROOT).contains(q)
                    || r.targetProperty().get().toLowerCase(Locale.ROOT).contains(q))
                && (!problems
                    || !r.errorProperty().get().isEmpty()
                    || r.phaseProperty().get() == TablePhase.FAILED));
  }

  /** Takes one snapshot and shows it; cheap enough to call a few times a second. */
  public void refresh() {
    boolean isActive = task.isActive();
    if (isActive != active.get()) {
      requestPending.set(false); // the pause, stop or resume took effect
    }
    active.set(isActive);
    apply(task.snapshot());
    List<TaskEvent> fresh = task.drainEvents();
    if (!fresh.isEmpty()) {
      List<String> lines = new ArrayList<>(fresh.size());
      for (TaskEvent e : fresh) {
        lines.add(
            TIME.format(e.at()) + "  " + e.kind().name().replace('_', ' ') + "  " + e.message());
      }
      events.addAll(lines);
      if (events.size() > MAX_EVENTS) {
        events.remove(0, events.size() - MAX_EVENTS);
      }
    }
  }

  void apply(ProgressSnapshot s) {
    tick++;
    List<TableProgressRow> added = new ArrayList<>();
    for (TableProgress p : s.tables()) {
      TableProgressRow row = bySource.get(p.source());
      if (row == null) {
        row = new TableProgressRow(p.source());
        bySource.put(p.source(), row);
        added.add(row);
      }
      row.update(p);
    }
    if (!added.isEmpty()) {
      rows.addAll(added); // one change event for all new rows
    }
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
      stageText.set(describe(s.stage()));
    }
    applySync(s.sync());
    applyError(s.lastError());
  }

  private void applySync(SyncStatus sync) {
    if (sync == null) {
      return;
    }
    lagText.set(
        sync.lagSeconds() < 0
            ? "lag unknown"
            : String.format(Locale.ROOT, "%.1f s lag", sync.lagSeconds()));
    syncRateText.set(
        Formats.shortCount(sync.eventsPerSecond())
            + " events/s · "
            + Formats.shortCount(sync.rowsPerSecond())
            + " rows/s");
    positionsText.set(
        "source at "
            + (sync.sourcePosition() == null ? "—" : sync.sourcePosition())
            + "   applied "
            + (sync.appliedPosition() == null ? "—" : sync.appliedPosition())
            + "   queue "
            + Formats.count(sync.queueDepth()));
    safeMode.set(sync.safeMode());
    safeModeText.set(sync.safeMode() ? "⚠ safe mode: ON (REPLACE statements)" : "safe mode: off");
    addPoint(lagPoints, Math.max(0, sync.lagSeconds()));
    addPoint(ratePoints, sync.rowsPerSecond());
  }

  private void addPoint(ObservableList<XYChart.Data<Number, Number>> points, double value) {
    points.add(new XYChart.Data<>(tick, value));
    if (points.size() > CHART_POINTS) {
      points.remove(0, points.size() - CHART_POINTS);
    }
  }

  private void applyError(ProgressSnapshot.ErrorInfo e) {
    if (e == null) {
      errorVisible.set(false);
      return;
    }
    errorTitle.set(e.code() + (e.retrying() ? " — retrying by itself" : " — the task needs you"));
    errorText.set(
        e.message() + (e.action() == null || e.action().isEmpty() ? "" : "\nFix: " + e.action()));
    ddlError.set("FERRY-4002".equals(e.code()));
    errorVisible.set(true);
  }

  private static String describe(Stage s) {
    return switch (s) {
      case NEW -> "Starting…";
      case CHECKING -> "Checking the servers";
      case DUMPING, LOADING -> "Copying tables";
      case SYNCING -> "Syncing from the binlog";
      case PAUSED -> "‖ Paused — resume continues from the checkpoints";
      case STOPPED -> "■ Stopped — resume continues from the checkpoints";
      case FAILED -> "✗ Failed";
      case FINISHED -> "✓ Finished";
    };
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

  private void control(String text, Runnable action) {
    requestPending.set(true);
    stageText.set(text);
    executor.execute(
        () -> {
          action.run();
          return null;
        },
        ok -> {},
        failure -> {
          requestPending.set(false);
          events.add("ERROR  " + failure.getMessage());
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

  /** False for full-mode tasks: the view hides the sync panel. */
  public boolean hasSync() {
    return task.mode().hasSync();
  }

  public String taskName() {
    return task.name();
  }

  public ObservableList<TableProgressRow> rows() {
    return rows;
  }

  /** The rows the filter lets through; the view wraps them in a sorted list. */
  public FilteredList<TableProgressRow> visibleRows() {
    return visibleRows;
  }

  public StringProperty filterProperty() {
    return filter;
  }

  public BooleanProperty onlyProblemsProperty() {
    return onlyProblems;
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

  public StringProperty lagTextProperty() {
    return lagText;
  }

  public StringProperty syncRateTextProperty() {
    return syncRateText;
  }

  public StringProperty positionsTextProperty() {
    return positionsText;
  }

  public StringProperty safeModeTextProperty() {
    return safeModeText;
  }

  public BooleanProperty safeModeProperty() {
    return safeMode;
  }

  public ObservableList<XYChart.Data<Number, Number>> lagPoints() {
    return lagPoints;
  }

  public ObservableList<XYChart.Data<Number, Number>> ratePoints() {
    return ratePoints;
  }

  public ObservableList<String> events() {
    return events;
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
