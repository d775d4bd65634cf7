package dev.ferry.domain;

import java.util.Objects;

/**
 * An upstream table on one source of a task: tasks that merge shards read tables with the same name
 * from several sources, so a table alone does not identify its state.
 */
public record SourceTable(String sourceId, TableId table) implements Comparable<SourceTable> {

  public SourceTable {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(table, "table");
    if (sourceId.isBlank()) {
      throw new IllegalArgumentException("source id is empty");
    }
  }

  public static SourceTable of(String sourceId, String schema, String table) {
    return new SourceTable(sourceId, TableId.of(schema, table));
  }

  @Override
  public int compareTo(SourceTable other) {
    int c = sourceId.compareTo(other.sourceId);
    return c != 0 ? c : table.compareTo(other.table);
  }

  /** {@code source:schema.table}. */
  @Override
  public String toString() {
    return sourceId + ":" + table;
  }
}
