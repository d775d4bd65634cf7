package dev.ferry.engine.ddl;

import dev.ferry.domain.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table's structure as tracked from the binlog: columns in order (row images list values in this
 * order), indexes, and the default character set for new columns. Immutable; the keys the sync asks
 * for on every row (identity key, NOT NULL unique keys, their column positions) are worked out
 * once, when the schema is made.
 */
public final class TableSchema {

  private final TableId id;
  private final List<ColumnDef> columns;
  private final List<IndexDef> indexes;
  private final String charset;
  private final String collation;
  private final Optional<IndexDef> identityKey;
  private final int[] identityKeyPositions;
  private final List<IndexDef> notNullUniqueKeys;
  private final List<int[]> notNullUniqueKeyPositions;
  private final int uniqueKeys;

  public TableSchema(
      TableId id, List<ColumnDef> columns, List<IndexDef> indexes, String charset, String collation) {
    this.id = id;
    this.columns = List.copyOf(columns);
    this.indexes = List.copyOf(indexes);
    this.charset = charset;
    this.collation = collation;
    List<IndexDef> keys = new ArrayList<>();
    this.indexes.stream().filter(i -> i.kind() == IndexDef.Kind.PRIMARY).forEach(keys::add);
    this.indexes.stream()
        .filter(i -> i.kind() == IndexDef.Kind.UNIQUE && allNotNull(i))
        .forEach(keys::add);
    this.notNullUniqueKeys = List.copyOf(keys);
    this.notNullUniqueKeyPositions = keys.stream().map(this::positions).toList();
    // the primary key, else the first unique key over NOT NULL columns: the first of the above
    this.identityKey = keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(0));
    this.identityKeyPositions = keys.isEmpty() ? new int[0] : notNullUniqueKeyPositions.get(0);
    this.uniqueKeys = (int) this.indexes.stream().filter(IndexDef::isUnique).count();
  }

  public TableId id() {
    return id;
  }

  public List<ColumnDef> columns() {
    return columns;
  }

  public List<IndexDef> indexes() {
    return indexes;
  }

  public String charset() {
    return charset;
  }

  public String collation() {
    return collation;
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
    return identityKey;
  }

  /**
   * The row positions of the identity key's columns, in key order (empty without a key). Shared:
   * callers must not change the array.
   */
  public int[] identityKeyPositions() {
    return identityKeyPositions;
  }

  /** Every unique key (primary first) over NOT NULL columns: the causality keys of a row. */
  public List<IndexDef> notNullUniqueKeys() {
    return notNullUniqueKeys;
  }

  /**
   * The row positions of the columns of {@link #notNullUniqueKeys()}{@code .get(key)}. Shared:
   * callers must not change the array.
   */
  public int[] notNullUniqueKeyPositions(int key) {
    return notNullUniqueKeyPositions.get(key);
  }

  /** Whether the identity key is the table's only unique key (primary or unique). */
  public boolean identityKeyIsTheOnlyUniqueKey() {
    return identityKey.isPresent() && uniqueKeys == 1;
  }

  private int[] positions(IndexDef index) {
    return index.columns().stream().mapToInt(this::indexOf).toArray();
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

  @Override
  public boolean equals(Object o) {
    return o instanceof TableSchema t
        && id.equals(t.id)
        && columns.equals(t.columns)
        && indexes.equals(t.indexes)
        && Objects.equals(charset, t.charset)
        && Objects.equals(collation, t.collation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, columns, indexes, charset, collation);
  }

  @Override
  public String toString() {
    return "TableSchema[id=" + id + ", columns=" + columns + ", indexes=" + indexes + ", charset="
        + charset + ", collation=" + collation + "]";
  }
}
