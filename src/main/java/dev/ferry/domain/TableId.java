package dev.ferry.domain;

import java.util.Objects;

/** A table by schema (database) and name, exactly as the server spells them. */
public record TableId(String schema, String table) implements Comparable<TableId> {

  public TableId {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(table, "table");
  }

  public static TableId of(String schema, String table) {
    return new TableId(schema, table);
  }

  @Override
  public int compareTo(TableId other) {
    int c = schema.compareTo(other.schema);
    return c != 0 ? c : table.compareTo(other.table);
  }

  /** {@code `schema`.`table`}, quoted for MySQL. */
  public String quoted() {
    return quote(schema) + "." + quote(table);
  }

  private static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  @Override
  public String toString() {
    return schema + "." + table;
  }
}
