package dev.ferry.ui.wizard;

import dev.ferry.domain.TableId;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One source table on the Objects page, with its check box state and estimates. */
public final class TableNode {

  private final String sourceId;
  private final TableId table;
  private final long rows;
  private final long bytes;
  private final BooleanProperty selected = new SimpleBooleanProperty(false);

  public TableNode(String sourceId, TableId table, long rows, long bytes) {
    this.sourceId = sourceId;
    this.table = table;
    this.rows = rows;
    this.bytes = bytes;
  }

  public String sourceId() {
    return sourceId;
  }

  public TableId table() {
    return table;
  }

  public long rows() {
    return rows;
  }

  public long bytes() {
    return bytes;
  }

  public BooleanProperty selectedProperty() {
    return selected;
  }

  public boolean isSelected() {
    return selected.get();
  }
}
