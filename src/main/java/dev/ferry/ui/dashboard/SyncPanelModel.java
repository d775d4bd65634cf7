package dev.ferry.ui.dashboard;

import dev.ferry.engine.SyncStatus;
import dev.ferry.ui.common.Formats;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.chart.XYChart;

/** The dashboard's sync panel: lag, rates, positions, safe mode and the last minutes as charts. */
public final class SyncPanelModel {

  static final int CHART_POINTS = 240;

  private final StringProperty lagText = new SimpleStringProperty("—");
  private final StringProperty rateText = new SimpleStringProperty("—");
  private final StringProperty positionsText =
      new SimpleStringProperty("The sync has not started.");
  private final StringProperty safeModeText = new SimpleStringProperty("safe mode: off");
  private final BooleanProperty safeMode = new SimpleBooleanProperty(false);
  private final ObservableList<XYChart.Data<Number, Number>> lagPoints =
      FXCollections.observableArrayList();
  private final ObservableList<XYChart.Data<Number, Number>> ratePoints =
      FXCollections.observableArrayList();

  /** Shows one snapshot's sync state; {@code sync} null (no sync yet) changes nothing. */
  void apply(SyncStatus sync, long tick) {
    if (sync == null) {
      return;
    }
    lagText.set(
        sync.lagSeconds() < 0
            ? "lag unknown"
            : String.format(Locale.ROOT, "%.1f s lag", sync.lagSeconds()));
    rateText.set(
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
    addPoint(lagPoints, tick, Math.max(0, sync.lagSeconds()));
    addPoint(ratePoints, tick, sync.rowsPerSecond());
  }

  private static void addPoint(
      ObservableList<XYChart.Data<Number, Number>> points, long tick, double value) {
    points.add(new XYChart.Data<>(tick, value));
    if (points.size() > CHART_POINTS) {
      points.remove(0, points.size() - CHART_POINTS);
    }
  }

  public StringProperty lagTextProperty() {
    return lagText;
  }

  public StringProperty rateTextProperty() {
    return rateText;
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
}
