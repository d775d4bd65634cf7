package dev.ferry.engine.ddl;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a MySQL statement into {@link SqlToken}s. Comments are dropped, except the body of a
 * versioned comment ({@code /*!40101 ... *}{@code /}), which the server executes and so do we.
 */
public final class SqlLexer {

  private SqlLexer() {}

  public static List<SqlToken> tokenize(String sql) {
    List<SqlToken> out = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (sql.startsWith("/*!", i) || sql.startsWith("/*M!", i)) {
        i += sql.charAt(i + 2) == 'M' ? 4 : 3;
        while (i < n && Character.isDigit(sql.charAt(i))) {
          i++;
        }
      } else if (sql.startsWith("*/", i)) {
        i += 2; // end of a versioned comment whose body we kept
      } else if (sql.startsWith("/*", i)) {
        int end = sql.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '#'
          || (sql.startsWith("--", i)
              && (i + 2 >= n || Character.isWhitespace(sql.charAt(i + 2))))) {
        int end = sql.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (c == '`' || c == '"') {
        i = quoted(sql, i, c, SqlToken.Kind.QUOTED_NAME, out);
      } else if (c == '\'') {
        i = quoted(sql, i, c, SqlToken.Kind.STRING, out);
      } else if (Character.isDigit(c)
          || (c == '.'
              && i + 1 < n
              && Character.isDigit(sql.charAt(i + 1))
              && (out.isEmpty() || !out.get(out.size() - 1).isName()))) {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
          i++;
        }
        String text = sql.substring(start, i);
        // 1e5 and 0x1F are numbers; 1abc is a name (MySQL allows names starting with digits)
        boolean number = text.matches("[0-9]*\\.?[0-9]+([eE][0-9]+)?|0[xX][0-9a-fA-F]+|[0-9]+\\.");
        out.add(new SqlToken(number ? SqlToken.Kind.NUMBER : SqlToken.Kind.WORD, text, start, i));
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127) {
        int start = i;
        while (i < n
            && (Character.isLetterOrDigit(sql.charAt(i))
                || sql.charAt(i) == '_'
                || sql.charAt(i) == '$'
                || sql.charAt(i) > 127)) {
          i++;
        }
        out.add(new SqlToken(SqlToken.Kind.WORD, sql.substring(start, i), start, i));
      } else {
        out.add(new SqlToken(SqlToken.Kind.SYMBOL, String.valueOf(c), i, i + 1));
        i++;
      }
    }
    return out;
  }

  private static int quoted(String s, int i, char q, SqlToken.Kind kind, List<SqlToken> out) {
    StringBuilder value = new StringBuilder();
    int j = i + 1;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '\\' && q != '`' && j + 1 < s.length()) {
        value.append(unescape(s.charAt(j + 1)));
        j += 2;
      } else if (c == q) {
        if (j + 1 < s.length() && s.charAt(j + 1) == q) {
          value.append(q);
          j += 2;
        } else {
          j++;
          break;
        }
      } else {
        value.append(c);
        j++;
      }
    }
    out.add(new SqlToken(kind, value.toString(), i, j));
    return j;
  }

  private static char unescape(char c) {
    return switch (c) {
      case 'n' -> '\n';
      case 't' -> '\t';
      case 'r' -> '\r';
      case '0' -> '\0';
      case 'b' -> '\b';
      case 'Z' -> '\u001a';
      default -> c;
    };
  }

  /**
   * Splits a text holding several statements at top-level semicolons (MariaDB can log {@code a; b}
   * in one event only for compound statements, but users replace a DDL with several).
   */
  public static List<String> splitStatements(String sql) {
    List<String> out = new ArrayList<>();
    int from = 0;
    int depth = 0;
    for (SqlToken t : tokenize(sql)) {
      if (t.isSymbol('(')) {
        depth++;
      } else if (t.isSymbol(')')) {
        depth--;
      } else if (t.isSymbol(';') && depth == 0) {
        addIfNotBlank(out, sql.substring(from, t.start()));
        from = t.end();
      }
    }
    addIfNotBlank(out, sql.substring(from));
    return out;
  }

  private static void addIfNotBlank(List<String> out, String s) {
    if (!s.isBlank()) {
      out.add(s.trim());
    }
  }
}
