package dev.ferry.ui.dashboard;

import dev.ferry.domain.TablePhase;
import dev.ferry.ui.common.Formats;
import dev.ferry.ui.common.Fxml;
import java.util.Comparator;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ProgressBarTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Controller of {@code fxml/dashboard/DashboardView.fxml}. A timeline calls the view model's {@code
 * refresh()} every {@value #POLL_MILLIS} ms; call {@link #dispose()} when the view goes.
 */
public final class DashboardView {

  static final int POLL_MILLIS = 400;

  @FXML private Parent dashboardRoot;
  @FXML private Label taskTitle;
  @FXML private HBox timeline;
  @FXML private Label safeModeLabel;
  @FXML private Button pauseButton;
  @FXML private Button resumeButton;
  @FXML private Button stopButton;
  @FXML private Label stageLabel;
  @FXML private ProgressBar overallBar;
  @FXML private Label etaLabel;
  @FXML private VBox errorBanner;
  @FXML private Label errorTitle;
  @FXML private Label errorText;
  @FXML private Button skipDdlButton;
  @FXML private Button replaceDdlButton;
  @FXML private Label ddlNote;
  @FXML private Button retryButton;
  @FXML private Label logHint;
  @FXML private Label rowsTile;
  @FXML private Label tablesTile;
  @FXML private Label rateTile;
  @FXML private Label etaTile;
  @FXML private Label lagTile;
  @FXML private Label syncRateTile;
  @FXML private TextField tableFilter;
  @FXML private CheckBox problemsOnly;
  @FXML private Label tableCount;
  @FXML private TableView<TableProgressRow> tableTable;
  @FXML private TableColumn<TableProgressRow, String> sourceColumn;
  @FXML private TableColumn<TableProgressRow, String> targetColumn;
  @FXML private TableColumn<TableProgressRow, TablePhase> phaseColumn;
  @FXML private TableColumn<TableProgressRow, Number> rowsColumn;
  @FXML private TableColumn<TableProgressRow, Double> progressColumn;
  @FXML private TableColumn<TableProgressRow, Number> rateColumn;
  @FXML private TableColumn<TableProgressRow, String> etaColumn;
  @FXML private TableColumn<TableProgressRow, String> changesColumn;
  @FXML private TableColumn<TableProgressRow, String> errorColumn;
  @FXML private Label positionsLabel;
  @FXML private LineChart<Number, Number> lagChart;
  @FXML private LineChart<Number, Number> rateChart;
  @FXML private ListView<String> eventLog;

  private DashboardViewModel vm;
  private Timeline poller;
  private Runnable onEdit = () -> {};

  /** Builds the dashboard and starts polling. */
  public static DashboardView create(DashboardViewModel vm, Runnable onEdit) {
    Fxml.Loaded<DashboardView> loaded = Fxml.load("dashboard/DashboardView.fxml");
    DashboardView view = loaded.controller();
    view.onEdit = onEdit;
    view.bind(vm);
    return view;
  }

  public Parent root() {
    return dashboardRoot;
  }

  /** Stops polling. */
  public void dispose() {
    poller.stop();
  }

  private void bind(DashboardViewModel vm) {
    this.vm = vm;
    taskTitle.setText(vm.taskName());
    taskTitle.setTooltip(new javafx.scene.control.Tooltip(vm.taskName()));
    SyncPanelModel sync = vm.sync();
    safeModeLabel.textProperty().bind(sync.safeModeTextProperty());
    sync.safeModeProperty().addListener((o, was, on) -> toggle(safeModeLabel, "safe-mode-on", on));
    pauseButton.disableProperty().bind(vm.canPauseProperty().not());
    resumeButton.disableProperty().bind(vm.canResumeProperty().not());
    stopButton.disableProperty().bind(vm.canStopProperty().not());
    stageLabel.textProperty().bind(vm.stageTextProperty());
    overallBar.progressProperty().bind(vm.overallProperty());
    etaLabel.textProperty().bind(vm.etaTextProperty());
    errorBanner.visibleProperty().bind(vm.errorVisibleProperty());
    errorBanner.managedProperty().bind(errorBanner.visibleProperty());
    errorTitle.textProperty().bind(vm.errorTitleProperty());
    errorText.textProperty().bind(vm.errorTextProperty());
    for (var n : new javafx.scene.Node[] {skipDdlButton, replaceDdlButton}) {
      n.visibleProperty().bind(vm.ddlErrorProperty());
      n.managedProperty().bind(vm.ddlErrorProperty());
      n.disableProperty().bind(vm.canDecideDdlProperty().not());
    }
    ddlNote.textProperty().bind(vm.pausedDdlTextProperty());
    ddlNote.visibleProperty().bind(vm.ddlErrorProperty().and(ddlNote.textProperty().isNotEmpty()));
    ddlNote.managedProperty().bind(ddlNote.visibleProperty());
    retryButton.disableProperty().bind(vm.canResumeProperty().not());
    logHint.textProperty().bind(vm.logHintProperty());
    logHint.visibleProperty().bind(logHint.textProperty().isNotEmpty());
    logHint.managedProperty().bind(logHint.visibleProperty());
    rowsTile.textProperty().bind(vm.rowsTextProperty());
    tablesTile.textProperty().bind(vm.tablesTextProperty());
    rateTile.textProperty().bind(vm.rateTextProperty());
    etaTile.textProperty().bind(vm.etaTextProperty());
    lagTile.textProperty().bind(sync.lagTextProperty());
    syncRateTile.textProperty().bind(sync.rateTextProperty());
    positionsLabel.textProperty().bind(sync.positionsTextProperty());
    if (!vm.hasSync()) {
      lagTile.textProperty().unbind();
      lagTile.setText("no sync");
      syncRateTile.textProperty().unbind();
      syncRateTile.setText("full mode: the task ends after the copy");
      positionsLabel.textProperty().unbind();
      positionsLabel.setText("This task copies once (full mode); there is no binlog sync.");
      lagChart.setVisible(false);
      rateChart.setVisible(false);
    }
    vm.steps().addListener((ListChangeListener<StageStep>) c -> showSteps());
    showSteps();
    bindTable();
    lagChart.getData().add(new XYChart.Series<>(sync.lagPoints()));
    rateChart.getData().add(new XYChart.Series<>(sync.ratePoints()));
    eventLog.setItems(vm.events());
    eventLog.setCellFactory(list -> new EventCell(list));
    vm.events()
        .addListener((ListChangeListener<String>) c -> eventLog.scrollTo(vm.events().size() - 1));
    vm.refresh();
    poller = new Timeline(new KeyFrame(Duration.millis(POLL_MILLIS), e -> vm.refresh()));
    poller.setCycleCount(Animation.INDEFINITE);
    poller.play();
  }

  private void bindTable() {
    tableFilter.textProperty().bindBidirectional(vm.filterProperty());
    problemsOnly.selectedProperty().bindBidirectional(vm.onlyProblemsProperty());
    SortedList<TableProgressRow> sorted = new SortedList<>(vm.visibleRows());
    sorted.comparatorProperty().bind(tableTable.comparatorProperty());
    tableTable.setItems(sorted);
    tableCount
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    Formats.count(vm.visibleRows().size())
                        + " of "
                        + Formats.count(vm.rows().size())
                        + " tables",
                vm.visibleRows(),
                vm.rows()));
    sourceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sourceText()));
    targetColumn.setCellValueFactory(c -> c.getValue().targetProperty());
    phaseColumn.setCellValueFactory(c -> c.getValue().phaseProperty());
    phaseColumn.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(TablePhase phase, boolean empty) {
                super.updateItem(phase, empty);
                getStyleClass()
                    .removeAll(
                        "phase-done",
                        "phase-copying",
                        "phase-failed",
                        "phase-waiting",
                        "phase-indexing");
                if (empty || phase == null) {
                  setText(null);
                  return;
                }
                setText(mark(phase) + " " + phase.name().toLowerCase(Locale.ROOT));
                getStyleClass().add("phase-" + phase.name().toLowerCase(Locale.ROOT));
              }
            });
    rowsColumn.setCellValueFactory(c -> c.getValue().rowsDoneProperty());
    rowsColumn.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(Number done, boolean empty) {
                super.updateItem(done, empty);
                TableProgressRow row = empty ? null : getTableRow().getItem();
                setText(
                    row == null
                        ? null
                        : Formats.count(done.longValue())
                            + " / "
                            + Formats.count(row.rowsEstimatedProperty().get()));
              }
            });
    progressColumn.setCellValueFactory(c -> c.getValue().fractionProperty().asObject());
    progressColumn.setCellFactory(ProgressBarTableCell.forTableColumn());
    rateColumn.setCellValueFactory(c -> c.getValue().rowsPerSecondProperty());
    rateColumn.setCellFactory(
        col ->
            new TableCell<>() {
              @Override
              protected void updateItem(Number rate, boolean empty) {
                super.updateItem(rate, empty);
                setText(
                    empty || rate == null || rate.doubleValue() == 0
                        ? null
                        : Formats.shortCount(rate.doubleValue()));
              }
            });
    etaColumn.setCellValueFactory(c -> c.getValue().etaProperty());
    changesColumn.setCellValueFactory(c -> c.getValue().changesProperty());
    errorColumn.setCellValueFactory(c -> c.getValue().errorProperty());
    sourceColumn.setCellFactory(col -> new TipCell());
    targetColumn.setCellFactory(col -> new TipCell());
    errorColumn.setCellFactory(col -> new TipCell());
    errorColumn.getStyleClass().add("problem-column");
    sourceColumn.setComparator(Comparator.naturalOrder());
  }

  private static String mark(TablePhase p) {
    return switch (p) {
      case WAITING -> "○";
      case COPYING -> "●";
      case INDEXING -> "◐";
      case DONE -> "✓";
      case FAILED -> "✗";
    };
  }

  private void showSteps() {
    timeline.getChildren().clear();
    for (int i = 0; i < vm.steps().size(); i++) {
      StageStep s = vm.steps().get(i);
      if (i > 0) {
        Label line = new Label("──");
        line.getStyleClass().add("step-line");
        line.setMinWidth(Region.USE_PREF_SIZE);
        timeline.getChildren().add(line);
      }
      Label step = new Label(s.state().mark() + " " + s.name() + " · " + s.detail());
      step.setId("stage-" + s.name().toLowerCase(Locale.ROOT));
      step.setMinWidth(Region.USE_PREF_SIZE); // a long task name gives way, the steps do not
      step.getStyleClass()
          .addAll("stage-step", "stage-" + s.state().name().toLowerCase(Locale.ROOT));
      timeline.getChildren().add(step);
    }
  }

  private static void toggle(javafx.scene.Node n, String styleClass, boolean on) {
    n.getStyleClass().remove(styleClass);
    if (on) {
      n.getStyleClass().add(styleClass);
    }
  }

  @FXML
  void onPause() {
    vm.pause();
  }

  @FXML
  void onResume() {
    vm.resume();
  }

  @FXML
  void onStop() {
    vm.stop();
  }

  @FXML
  void onEdit() {
    onEdit.run();
  }

  @FXML
  void onOpenLog() {
    vm.openLog();
  }

  @FXML
  void onSkipDdl() {
    vm.skipDdl();
  }

  @FXML
  void onReplaceDdl() {
    var ddl = vm.pausedDdlProperty().get();
    if (ddl != null) {
      ReplaceDdlDialog.ask(dashboardRoot.getScene().getWindow(), ddl).ifPresent(vm::replaceDdl);
    }
  }

  /** Text that may be cut off, with the whole of it as a tooltip. */
  private static final class TipCell extends TableCell<TableProgressRow, String> {
    @Override
    protected void updateItem(String text, boolean empty) {
      super.updateItem(text, empty);
      boolean none = empty || text == null || text.isEmpty();
      setText(none ? null : text);
      setTooltip(none ? null : new javafx.scene.control.Tooltip(text));
    }
  }

  /**
   * An event log line, wrapped to the list's width (a {@code Text}: it never cuts a line short);
   * the whole line is also its tooltip.
   */
  private static final class EventCell extends javafx.scene.control.ListCell<String> {
    private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
    private final javafx.scene.text.Text line = new javafx.scene.text.Text();

    EventCell(ListView<String> list) {
      // as wide as the list less room for its scroll bar, never wider: long lines wrap
      prefWidthProperty().bind(list.widthProperty().subtract(24));
      line.wrappingWidthProperty()
          .bind(
              Bindings.createDoubleBinding(
                  () -> Math.max(50, getPrefWidth() - snappedLeftInset() - snappedRightInset()),
                  prefWidthProperty(),
                  paddingProperty()));
      line.fontProperty().bind(fontProperty());
      line.fillProperty().bind(textFillProperty());
      setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
      tip.setWrapText(true);
      tip.setMaxWidth(640);
    }

    @Override
    protected void updateItem(String text, boolean empty) {
      super.updateItem(text, empty);
      boolean none = empty || text == null;
      setText(null);
      line.setText(none ? "" : text);
      setGraphic(none ? null : line);
      tip.setText(none ? "" : text);
      setTooltip(none ? null : tip);
    }

    /** The theme's -fx-cell-size keeps a cell one line high; a wrapped line needs more. */
    @Override
    protected double computePrefHeight(double width) {
      double oneLine = super.computePrefHeight(width);
      if (getGraphic() == null) {
        return oneLine;
      }
      double text = Math.ceil(line.getLayoutBounds().getHeight());
      return Math.max(oneLine, text + snappedTopInset() + snappedBottomInset());
    }
  }
}
