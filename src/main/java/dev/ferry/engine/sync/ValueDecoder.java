package dev.ferry.engine.sync;

import com.github.shyiko.mysql.binlog.event.deserialization.json.JsonBinary;
import dev.ferry.engine.ddl.ColumnDef;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;

/**
 * Turns one cell of a row image into the exact value Ferry binds on the target, using the tracked
 * column (signedness, charset, ENUM/SET members) and the binlog's own column type:
 *
 * <ul>
 *   <li>integers: {@link Long}, unsigned masked to their width; BIGINT UNSIGNED as {@link
 *       BigInteger}
 *   <li>DECIMAL: its exact {@code toPlainString()}; FLOAT/DOUBLE: Java's shortest round-trip text
 *   <li>BIT: a number ({@link BigDecimal}) so the server does not read it as a string
 *   <li>temporal types: the server text from {@link TemporalText}
 *   <li>text: decoded with the column's charset (latin1 exactly); unknown charsets and binary types
 *       stay {@code byte[]}
 *   <li>ENUM: the member name (index 0, the error value, as ''); SET: members joined by ','
 *   <li>JSON: MySQL binary JSON rendered as text; MariaDB's JSON is text already
 *   <li>GEOMETRY: the internal bytes (SRID + WKB)
 * </ul>
 */
final class ValueDecoder {

  /** The binlog's column type code for MySQL binary JSON. */
  static final int TYPE_JSON = 245;

  private ValueDecoder() {}

  static Object decode(Serializable cell, ColumnDef column, int binlogType) {
    if (cell == null) {
      return null;
    }
    if (cell instanceof ExactRowDeserializers.Exact exact) {
      return exact.text();
    }
    switch (column.type()) {
      case "tinyint", "smallint", "mediumint", "int", "bigint" -> {
        return integer(((Number) cell).longValue(), column);
      }
      case "decimal" -> {
        return ((BigDecimal) cell).toPlainString();
      }
      case "float" -> {
        return cell instanceof Float f ? Float.toString(f) : cell.toString();
      }
      case "double" -> {
        return cell instanceof Double d ? Double.toString(d) : cell.toString();
      }
      case "bit" -> {
        return new BigDecimal(bits((BitSet) cell));
      }
      case "enum" -> {
        int index = ((Number) cell).intValue();
        List<String> values = column.values();
        return index >= 1 && index <= values.size() ? values.get(index - 1) : "";
      }
      case "set" -> {
        long mask = ((Number) cell).longValue();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < column.values().size(); i++) {
          if ((mask & (1L << i)) != 0) {
            if (sb.length() > 0) {
              sb.append(',');
            }
            sb.append(column.values().get(i));
          }
        }
        return sb.toString();
      }
      case "json" -> {
        if (binlogType == TYPE_JSON) {
          try {
            return JsonBinary.parseAsString((byte[]) cell);
          } catch (IOException e) {
            throw new IllegalStateException(
                "Cannot decode a JSON value of column " + column.name(), e);
          }
        }
        return text((byte[]) cell, column.charset() == null ? "utf8mb4" : column.charset());
      }
      default -> {
        // fall through to the representation-driven cases below
      }
    }
    if (cell instanceof byte[] bytes) {
      String charset = column.charset();
      if (charset == null || charset.equals("binary") || !takesText(column)) {
        return bytes;
      }
      return Charsets.known(charset) ? Charsets.decode(bytes, charset) : bytes;
    }
    if (cell instanceof String s) {
      return s;
    }
    if (cell instanceof Number n) {
      return n;
    }
    throw new IllegalStateException(
        "Unexpected "
            + cell.getClass().getSimpleName()
            + " for column "
            + column.name()
            + " ("
            + column.typeText()
            + ")");
  }

  private static boolean takesText(ColumnDef c) {
    return switch (c.type()) {
      case "char", "varchar", "tinytext", "text", "mediumtext", "longtext" -> true;
      default -> false;
    };
  }

  private static String text(byte[] bytes, String charset) {
    return Charsets.known(charset)
        ? Charsets.decode(bytes, charset)
        : new String(bytes, StandardCharsets.UTF_8);
  }

  static Object integer(long v, ColumnDef column) {
    if (!column.unsigned()) {
      return v;
    }
    return switch (column.type()) {
      case "tinyint" -> v & 0xFFL;
      case "smallint" -> v & 0xFFFFL;
      case "mediumint" -> v & 0xFFFFFFL;
      case "int" -> v & 0xFFFFFFFFL;
      default -> v >= 0 ? (Object) v : new BigInteger(Long.toUnsignedString(v));
    };
  }

  /** The BitSet the library gives, bit 0 lowest, as a non-negative number. */
  static BigInteger bits(BitSet bits) {
    BigInteger v = BigInteger.ZERO;
    for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
      v = v.setBit(i);
    }
    return v;
  }
}
