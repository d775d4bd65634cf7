package dev.ferry.engine.check;

import dev.ferry.domain.TableId;
import java.util.List;
import java.util.Optional;

/**
 * What information_schema says about one source table.
 *
 * @param rows the optimizer's estimate ({@code TABLE_ROWS}), not a count
 */
record TableInfo(
    TableId id,
    String engine,
    long rows,
    long dataBytes,
    String collation,
    List<Column> columns,
    List<Key> uniqueKeys,
    List<String> foreignKeys) {

  record Column(
      String name, String type, String charset, String collation, boolean nullable, boolean autoIncrement) {}

  /** A primary or unique key; {@code columns} in key order. */
  record Key(String name, List<String> columns) {
    boolean primary() {
      return name.equals("PRIMARY");
    }
  }

  Optional<Key> primaryKey() {
    return uniqueKeys.stream().filter(Key::primary).findFirst();
  }

  /** A unique key whose columns are all NOT NULL identifies rows as well as a primary key. */
  boolean hasUsableKey() {
    return uniqueKeys.stream()
        .anyMatch(k -> k.primary() || k.columns().stream().allMatch(c -> !column(c).map(Column::nullable).orElse(true)));
  }

  Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
  }

  Optional<Column> autoIncrementColumn() {
    return columns.stream().filter(Column::autoIncrement).findFirst();
  }
}
