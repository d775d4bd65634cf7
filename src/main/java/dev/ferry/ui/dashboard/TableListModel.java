package dev.ferry.ui.dashboard;

import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TablePhase;
import dev.ferry.engine.TableProgress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The dashboard's tables: one row per source table, updated in place, and the filter on them. */
final class TableListModel {

  private final ObservableList<TableProgressRow> rows = FXCollections.observableArrayList();
  private final Map<SourceTable, TableProgressRow> bySource = new HashMap<>();
  private final FilteredList<TableProgressRow> visibleRows = new FilteredList<>(rows);
  private final StringProperty filter = new SimpleStringProperty("");
  private final BooleanProperty onlyProblems = new SimpleBooleanProperty(false);

  TableListModel() {
    filter.addListener(x -> updatePredicate());
    onlyProblems.addListener(x -> updatePredicate());
  }

  /** Updates the rows from a snapshot's tables; a table seen for the first time gets a row. */
  void apply(List<TableProgress> tables) {
    List<TableProgressRow> added = new ArrayList<>();
    for (TableProgress p : tables) {
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

  ObservableList<TableProgressRow> rows() {
    return rows;
  }

  FilteredList<TableProgressRow> visibleRows() {
    return visibleRows;
  }

  StringProperty filterProperty() {
    return filter;
  }

  BooleanProperty onlyProblemsProperty() {
    return onlyProblems;
  }
}
