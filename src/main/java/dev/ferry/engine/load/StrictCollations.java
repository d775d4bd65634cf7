package dev.ferry.engine.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code collation_compatible: strict} for the copy's {@code CREATE TABLE}: the source's table
 * charset and collation, and every character column's, written out explicitly, so the target's
 * own defaults (which differ between servers: MariaDB 11 defaults utf8mb4 to {@code
 * utf8mb4_uca1400_ai_ci}, MySQL 8 to {@code utf8mb4_0900_ai_ci}) never decide them. Pure text
 * work on the server's canonical {@code SHOW CREATE TABLE} output, where a column's {@code
 * CHARACTER SET}/{@code COLLATE} follow its type directly.
 */
public final class StrictCollations {

  private static final Pattern COLUMN_NAME = Pattern.compile("^\\s*`((?:[^`]|``)+)`\\s");
  private static final Pattern COLUMN_CLAUSE =
      Pattern.compile("^(?: CHARACTER SET \\w+)?(?: COLLATE \\w+)?");
  private static final Pattern TABLE_CLAUSE =
      Pattern.compile(" DEFAULT CHARSET=\\w+(?: COLLATE=\\w+)?| COLLATE=\\w+");

  private StrictCollations() {}

  /** A charset and collation as information_schema gives them. */
  public record Collation(String charset, String collation) {

    /** The collation with the charset its name starts with ({@code latin1_bin} → latin1). */
    public static Collation of(String collation) {
      int at = collation.indexOf('_');
      return new Collation(at < 0 ? collation : collation.substring(0, at), collation);
    }
  }

  /**
   * The source's collations of one table.
   *
   * @param table the table's default
   * @param columns per column name (any case); columns without a collation (numbers, dates,
   *     binary strings) are left out
   */
  public record TableCollations(Collation table, Map<String, Collation> columns) {

    public TableCollations {
      Map<String, Collation> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      byName.putAll(columns);
      columns = byName;
    }
  }

  /** {@code showCreate} with the table's and every character column's charset and collation. */
  public static String apply(String showCreate, TableCollations source) {
    String[] lines = showCreate.split("\n", -1);
    StringBuilder out = new StringBuilder();
    boolean inBody = true;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i > 0 && inBody && line.startsWith(")")) {
        inBody = false;
        line = tableOptions(line, source.table());
      } else if (i > 0 && inBody) {
        line = column(line, source.columns());
      }
      out.append(line);
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  static String column(String line, Map<String, Collation> columns) {
    Matcher name = COLUMN_NAME.matcher(line);
    if (!name.find()) {
      return line; // a key or constraint
    }
    Collation c = columns.get(name.group(1).replace("``", "`"));
    if (c == null) {
      return line;
    }
    int end = typeEnd(line, name.end());
    Matcher clause = COLUMN_CLAUSE.matcher(line.substring(end));
    clause.find(); // matches, possibly empty
    return line.substring(0, end)
        + " CHARACTER SET " + c.charset() + " COLLATE " + c.collation()
        + line.substring(end + clause.end());
  }

  static String tableOptions(String line, Collation table) {
    String explicit = " DEFAULT CHARSET=" + table.charset() + " COLLATE=" + table.collation();
    Matcher m = TABLE_CLAUSE.matcher(line);
    StringBuilder out = new StringBuilder();
    boolean written = false;
    int last = 0;
    while (m.find()) {
      out.append(line, last, m.start());
      if (!written) {
        out.append(explicit);
        written = true;
      }
      last = m.end();
    }
    out.append(line.substring(last));
    return written ? out.toString() : out + explicit;
  }

  /** Where a column's type ends: its name, then a parenthesised part with quoted values. */
  private static int typeEnd(String line, int start) {
    int i = start;
    while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_')) {
      i++;
    }
    if (i < line.length() && line.charAt(i) == '(') {
      boolean quoted = false;
      for (i++; i < line.length(); i++) {
        char ch = line.charAt(i);
        if (quoted) {
          if (ch == '\\') {
            i++;
          } else if (ch == '\'') {
            if (i + 1 < line.length() && line.charAt(i + 1) == '\'') {
              i++;
            } else {
              quoted = false;
            }
          }
        } else if (ch == '\'') {
          quoted = true;
        } else if (ch == ')') {
          return i + 1;
        }
      }
    }
    return i;
  }

  /** {@code CHARACTER SET x COLLATE y} for a {@code CREATE DATABASE}. */
  public static String databaseClause(Collation c) {
    return " CHARACTER SET " + c.charset() + " COLLATE " + c.collation();
  }
}
