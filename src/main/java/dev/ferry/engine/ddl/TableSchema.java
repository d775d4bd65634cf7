package dev.ferry.engine.ddl;

import dev.ferry.domain.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table's structure as tracked from the binlog: columns in order (row images list values in this
 * order), indexes, and the default character set for new columns.
 */
public record TableSchema(
    TableId id, List<ColumnDef> columns, List<IndexDef> indexes, String charset, String collation) {

  public TableSchema {
    columns = List.copyOf(columns);
    indexes = List.copyOf(indexes);
  }

  public int indexOf(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equalsIgnoreCase(column)) {
        return i;
      }
    }
    return -1;
  }

  public Optional<ColumnDef> column(String name) {
    int i = indexOf(name);
    return i < 0 ? Optional.empty() : Optional.of(columns.get(i));
  }

  public Optional<IndexDef> index(String name) {
    return indexes.stream().filter(i -> i.name().equalsIgnoreCase(name)).findFirst();
  }

  /**
   * The key that identifies a row: the primary key, else the first unique key whose columns are all
   * NOT NULL; empty when there is none (rows are then matched by all columns).
   */
  public Optional<IndexDef> identityKey() {
    for (IndexDef i : indexes) {
      if (i.kind() == IndexDef.Kind.PRIMARY) {
        return Optional.of(i);
      }
    }
    for (IndexDef i : indexes) {
      if (i.kind() == IndexDef.Kind.UNIQUE && allNotNull(i)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** Every unique key (primary first) over NOT NULL columns: the causality keys of a row. */
  public List<IndexDef> notNullUniqueKeys() {
    List<IndexDef> out = new ArrayList<>();
    indexes.stream().filter(i -> i.kind() == IndexDef.Kind.PRIMARY).forEach(out::add);
    indexes.stream()
        .filter(i -> i.kind() == IndexDef.Kind.UNIQUE && allNotNull(i))
        .forEach(out::add);
    return out;
  }

  private boolean allNotNull(IndexDef index) {
    for (String c : index.columns()) {
      Optional<ColumnDef> col = column(c);
      if (col.isEmpty() || col.get().nullable()) {
        return false;
      }
    }
    return true;
  }

  public TableSchema withId(TableId newId) {
    return new TableSchema(newId, columns, indexes, charset, collation);
  }

  public TableSchema withColumns(List<ColumnDef> newColumns) {
    return new TableSchema(id, newColumns, indexes, charset, collation);
  }

  public TableSchema withIndexes(List<IndexDef> newIndexes) {
    return new TableSchema(id, columns, newIndexes, charset, collation);
  }

  public TableSchema withCharset(String newCharset, String newCollation) {
    return new TableSchema(id, columns, indexes, newCharset, newCollation);
  }
}
