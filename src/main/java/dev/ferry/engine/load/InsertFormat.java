package dev.ferry.engine.load;

import dev.ferry.domain.TableId;
import dev.ferry.engine.dump.Column;
import dev.ferry.engine.dump.TableShape;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * Multi-row {@code INSERT} statements, the fallback when the target refuses {@code LOAD DATA
 * LOCAL}. Values are exact: numbers as their text, text as {@code _charset x'..'} (the bytes in the
 * column's character set), binary as {@code x'..'}, temporals quoted, BIT and GEOMETRY converted
 * as in {@link LoadDataFormat}.
 */
public final class InsertFormat {

  private static final HexFormat HEX = HexFormat.of();

  private InsertFormat() {}

  /** {@code INSERT|REPLACE [IGNORE] INTO t (cols) VALUES } — rows are appended by {@link #appendRow}. */
  public static String prefix(TableShape shape, TableId target, String verb) {
    return verb + " INTO " + target.quoted() + " (" + shape.copiedColumnList() + ") VALUES ";
  }

  public static void appendRow(StringBuilder sql, List<Column> columns, byte[][] row) {
    sql.append('(');
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        sql.append(", ");
      }
      sql.append(literal(columns.get(i), row[i]));
    }
    sql.append(')');
  }

  static String literal(Column c, byte[] v) {
    if (v == null) {
      return "NULL";
    }
    return switch (c.kind()) {
      case INTEGER, DECIMAL, FLOAT, DOUBLE, BIT -> new String(v, StandardCharsets.US_ASCII);
      case TEMPORAL -> "'" + new String(v, StandardCharsets.US_ASCII) + "'";
      case TEXT -> (c.charset() == null ? "" : "_" + c.charset() + " ") + "x'" + HEX.formatHex(v) + "'";
      case BINARY -> "x'" + HEX.formatHex(v) + "'";
      case GEOMETRY -> LoadDataFormat.geometryFromInternal("x'" + HEX.formatHex(v) + "'");
    };
  }
}
