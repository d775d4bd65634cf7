package dev.ferry.engine.sync;

import dev.ferry.domain.TableId;
import dev.ferry.engine.ddl.ColumnDef;
import dev.ferry.engine.ddl.TableSchema;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes row images with a tracked schema, and gives expression filters a named view of a row. */
final class RowDecoder {

  private RowDecoder() {}

  static Object[] decode(Serializable[] image, TableSchema schema, byte[] binlogTypes) {
    List<ColumnDef> columns = schema.columns();
    Object[] row = new Object[columns.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = ValueDecoder.decode(image[i], columns.get(i), binlogTypes[i] & 0xFF);
    }
    return row;
  }

  /** Checks that the binlog's table map and the tracked schema agree on the column count. */
  static void checkShape(TableId table, TableSchema schema, int binlogColumns) {
    if (schema.columns().size() != binlogColumns) {
      throw new IllegalStateException(
          "the binlog has "
              + binlogColumns
              + " columns for "
              + table
              + " but the tracked schema has "
              + schema.columns().size());
    }
  }

  /** Column name → value as the expression evaluator reads it (dates as java.time values). */
  static Map<String, Object> named(TableSchema schema, Object[] row) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < row.length; i++) {
      ColumnDef c = schema.columns().get(i);
      out.put(c.name(), forExpression(c, row[i]));
    }
    return out;
  }

  private static Object forExpression(ColumnDef c, Object v) {
    if (!(v instanceof String s)) {
      return v;
    }
    try {
      return switch (c.type()) {
        case "date" -> LocalDate.parse(s);
        case "datetime", "timestamp" -> LocalDateTime.parse(s.replace(' ', 'T'));
        case "float", "double", "decimal" -> new java.math.BigDecimal(s);
        default -> s;
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      return s; // zero dates stay text
    }
  }
}
