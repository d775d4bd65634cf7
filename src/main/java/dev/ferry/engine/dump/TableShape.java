package dev.ferry.engine.dump;

import dev.ferry.domain.SourceTable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the copy needs to know about one source table: its columns, the key it is chunked by, and
 * its estimated size.
 *
 * @param table the source table
 * @param columns all columns in table order (generated ones included, marked)
 * @param key the chunk key's columns (primary key, else a unique key over NOT NULL columns); empty
 *     when the table has neither, then it is copied as one chunk
 * @param keyIndex the name of the key's index ({@code PRIMARY} or the unique index), or null
 * @param estimatedRows the row estimate from table statistics
 * @param avgRowBytes the average row length from table statistics, 0 when unknown
 */
public record TableShape(
    SourceTable table, List<Column> columns, List<Column> key, String keyIndex, long estimatedRows, long avgRowBytes) {

  public TableShape {
    columns = List.copyOf(columns);
    key = List.copyOf(key);
  }

  /** A shape without a row-length statistic. */
  public TableShape(SourceTable table, List<Column> columns, List<Column> key, String keyIndex, long estimatedRows) {
    this(table, columns, key, keyIndex, estimatedRows, 0);
  }

  /**
   * The rows per chunk: {@code chunkRows}, fewer when that many average rows would exceed {@code
   * chunkBytes} (DM's {@code chunk-filesize}), so one chunk's target transaction stays bounded.
   */
  public long rowsPerChunk(long chunkRows, long chunkBytes) {
    if (avgRowBytes <= 0 || chunkBytes <= 0) {
      return chunkRows;
    }
    return Math.max(1, Math.min(chunkRows, chunkBytes / avgRowBytes));
  }

  public boolean hasKey() {
    return !key.isEmpty();
  }

  /** The columns that are copied: every column except generated ones. */
  public List<Column> copied() {
    return columns.stream().filter(c -> !c.generated()).toList();
  }

  /** True when the key is one integer column, so chunks can be split arithmetically. */
  public boolean integerKey() {
    return key.size() == 1 && key.get(0).kind() == ValueKind.INTEGER;
  }

  /** The copied columns, quoted and comma separated, for column lists. */
  public String copiedColumnList() {
    return copied().stream().map(Column::quoted).collect(Collectors.joining(", "));
  }
}
