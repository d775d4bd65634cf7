package dev.ferry.ui.dashboard;

import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TablePhase;
import dev.ferry.engine.TableProgress;
import dev.ferry.ui.common.Formats;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One table's line on the dashboard. Updated in place from each snapshot; properties only fire when
 * a value really changes, so a poll of 1,000 quiet tables costs almost nothing.
 */
public final class TableProgressRow {

  private final SourceTable source;
  private final StringProperty target = new SimpleStringProperty("");
  private final ObjectProperty<TablePhase> phase = new SimpleObjectProperty<>(TablePhase.WAITING);
  private final LongProperty rowsDone = new SimpleLongProperty();
  private final LongProperty rowsEstimated = new SimpleLongProperty();
  private final DoubleProperty fraction = new SimpleDoubleProperty();
  private final DoubleProperty rowsPerSecond = new SimpleDoubleProperty();
  private final StringProperty eta = new SimpleStringProperty("—");
  private final StringProperty changes = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");

  public TableProgressRow(SourceTable source) {
    this.source = source;
  }

  /** Copies the values of {@code p}. */
  public void update(TableProgress p) {
    target.set(p.target() == null ? "" : p.target().toString());
    phase.set(p.phase());
    rowsDone.set(p.rowsDone());
    rowsEstimated.set(Math.max(p.rowsEstimated(), p.rowsDone()));
    fraction.set(p.fraction());
    rowsPerSecond.set(Math.round(p.rowsPerSecond()));
    eta.set(p.phase() == TablePhase.DONE ? "done" : Formats.duration(p.eta()));
    long any = p.inserts() + p.updates() + p.deletes() + p.ddls();
    changes.set(
        any == 0
            ? ""
            : Formats.shortCount(p.inserts())
                + " / "
                + Formats.shortCount(p.updates())
                + " / "
                + Formats.shortCount(p.deletes())
                + " / "
                + p.ddls());
    error.set(p.lastError() == null ? "" : p.lastError());
  }

  public SourceTable source() {
    return source;
  }

  /** {@code mysql-01:shop.orders} (the source id only matters with several sources). */
  public String sourceText() {
    return source.toString();
  }

  public StringProperty targetProperty() {
    return target;
  }

  public ObjectProperty<TablePhase> phaseProperty() {
    return phase;
  }

  public LongProperty rowsDoneProperty() {
    return rowsDone;
  }

  public LongProperty rowsEstimatedProperty() {
    return rowsEstimated;
  }

  public DoubleProperty fractionProperty() {
    return fraction;
  }

  public DoubleProperty rowsPerSecondProperty() {
    return rowsPerSecond;
  }

  public StringProperty etaProperty() {
    return eta;
  }

  /** Sync counts: inserts / updates / deletes / DDLs ("" before the sync touched the table). */
  public StringProperty changesProperty() {
    return changes;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
