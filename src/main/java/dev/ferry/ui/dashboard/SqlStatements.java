package dev.ferry.ui.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL typed by the user into statements at semicolons that are outside quotes ({@code '},
 * {@code "}, {@code `}) and comments ({@code -- }, {@code #}, {@code /* *}{@code /}). Statements
 * keep their text as typed, trimmed; empty ones (and comment-only ones) are left out.
 */
final class SqlStatements {

  private SqlStatements() {}

  static List<String> split(String sql) {
    List<String> out = new ArrayList<>();
    if (sql == null) {
      return out;
    }
    StringBuilder current = new StringBuilder();
    boolean code = false; // the current statement has more than comments and blanks
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int end = closingQuote(sql, i, c);
        current.append(sql, i, end);
        code = true;
        i = end;
      } else if (c == '#'
          || (c == '-'
              && sql.startsWith("--", i)
              && (i + 2 >= n || Character.isWhitespace(sql.charAt(i + 2))))) {
        int end = sql.indexOf('\n', i);
        end = end < 0 ? n : end;
        current.append(sql, i, end);
        i = end;
      } else if (c == '/' && sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        current.append(sql, i, end);
        i = end;
      } else if (c == ';') {
        add(out, current, code);
        current.setLength(0);
        code = false;
        i++;
      } else {
        code |= !Character.isWhitespace(c);
        current.append(c);
        i++;
      }
    }
    add(out, current, code);
    return out;
  }

  /** The index after the quote that closes the one at {@code open} (or the end of the text). */
  private static int closingQuote(String sql, int open, char quote) {
    int i = open + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\\' && quote != '`') {
        i += 2;
      } else if (c == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2; // a doubled quote stands for itself
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }

  private static void add(List<String> out, StringBuilder statement, boolean code) {
    String s = statement.toString().trim();
    if (code && !s.isEmpty()) {
      out.add(s);
    }
  }
}
