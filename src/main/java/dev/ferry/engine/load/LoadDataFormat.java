package dev.ferry.engine.load;

import dev.ferry.engine.dump.Column;
import dev.ferry.engine.dump.TableShape;
import dev.ferry.domain.TableId;
import java.util.ArrayList;
import java.util.List;

/**
 * The byte format fed to {@code LOAD DATA LOCAL INFILE ... CHARACTER SET binary}: fields separated
 * by TAB, rows by LF, backslash escapes for backslash, TAB, LF, CR and NUL, {@code \N} for NULL (an
 * empty field is the empty string). {@code CHARACTER SET binary} stops any conversion, so a text
 * column receives exactly the bytes read in its own character set.
 */
public final class LoadDataFormat {

  /** The bytes that need a backslash escape: NUL, TAB, LF, CR and the backslash itself. */
  private static final boolean[] NEEDS_ESCAPE = new boolean[256];

  static {
    for (byte b : new byte[] {0, '\t', '\n', '\r', '\\'}) {
      NEEDS_ESCAPE[b] = true;
    }
  }

  private LoadDataFormat() {}

  private static int escapeLetter(byte b) {
    return switch (b) {
      case 0 -> '0';
      case '\t' -> 't';
      case '\n' -> 'n';
      case '\r' -> 'r';
      default -> '\\';
    };
  }

  /** Appends one row's fields, escaped, and the row terminator. */
  static void appendRow(ByteSink out, byte[][] row) {
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        out.write('\t');
      }
      byte[] v = row[i];
      if (v == null) {
        out.write2('\\', 'N');
        continue;
      }
      int from = 0;
      for (int j = 0; j < v.length; j++) {
        if (NEEDS_ESCAPE[v[j] & 0xff]) {
          out.write(v, from, j - from);
          out.write2('\\', escapeLetter(v[j]));
          from = j + 1;
        }
      }
      out.write(v, from, v.length - from);
    }
    out.write('\n');
  }

  /**
   * The statement. Columns that need a conversion (BIT from its number, GEOMETRY from its bytes)
   * go through user variables and a {@code SET} clause.
   */
  public static String statement(TableShape shape, TableId target, String duplicate) {
    List<String> targets = new ArrayList<>();
    List<String> sets = new ArrayList<>();
    int n = 0;
    for (Column c : shape.copied()) {
      String var = "@v" + n++;
      switch (c.kind()) {
        case BIT -> {
          targets.add(var);
          sets.add(c.quoted() + " = CAST(" + var + " AS UNSIGNED)");
        }
        case GEOMETRY -> {
          targets.add(var);
          sets.add(c.quoted() + " = " + geometryFromInternal(var));
        }
        default -> targets.add(c.quoted());
      }
    }
    return "LOAD DATA LOCAL INFILE 'ferry.tsv' "
        + duplicate
        + " INTO TABLE "
        + target.quoted()
        + " CHARACTER SET binary FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
        + " LINES TERMINATED BY '\\n' ("
        + String.join(", ", targets)
        + ")"
        + (sets.isEmpty() ? "" : " SET " + String.join(", ", sets));
  }

  /**
   * A geometry from the server's internal bytes: a 4-byte little-endian SRID, then WKB. Both MySQL
   * and MariaDB accept WKB plus SRID, so the value keeps its SRID exactly.
   */
  static String geometryFromInternal(String var) {
    return "IF(" + var + " IS NULL, NULL, ST_GeomFromWKB(SUBSTRING(" + var + ", 5), "
        + "CONV(HEX(REVERSE(SUBSTRING(" + var + ", 1, 4))), 16, 10)))";
  }
}
