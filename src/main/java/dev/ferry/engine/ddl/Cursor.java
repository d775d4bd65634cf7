package dev.ferry.engine.ddl;

import dev.ferry.domain.TableId;
import java.util.List;

/** A position in a token list, with the small moves the DDL parsers need. */
final class Cursor {

  /** Thrown when the text is not what a parser expects; the statement becomes unsupported. */
  static final class ParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ParseException(String message) {
      super(message);
    }
  }

  final String sql;
  final List<SqlToken> tokens;
  private final int limit;
  int i;

  Cursor(String sql, List<SqlToken> tokens, int from, int limit) {
    this.sql = sql;
    this.tokens = tokens;
    this.i = from;
    this.limit = limit;
  }

  Cursor(String sql) {
    this(sql, SqlLexer.tokenize(sql), 0, Integer.MAX_VALUE);
  }

  /** A cursor over tokens {@code from..to-1} of the same statement. */
  Cursor slice(int from, int to) {
    return new Cursor(sql, tokens, from, to);
  }

  int end() {
    return Math.min(limit, tokens.size());
  }

  boolean atEnd() {
    return i >= end() || (peek().isSymbol(';'));
  }

  SqlToken peek() {
    return peek(0);
  }

  SqlToken peek(int ahead) {
    int k = i + ahead;
    return k < end()
        ? tokens.get(k)
        : new SqlToken(SqlToken.Kind.SYMBOL, "", sql.length(), sql.length());
  }

  SqlToken next() {
    if (i >= end()) {
      throw new ParseException("the statement ends too early");
    }
    return tokens.get(i++);
  }

  boolean at(String keyword) {
    return peek().is(keyword);
  }

  boolean accept(String keyword) {
    if (at(keyword)) {
      i++;
      return true;
    }
    return false;
  }

  /** Accepts the keywords in order, or none of them. */
  boolean acceptAll(String... keywords) {
    for (int k = 0; k < keywords.length; k++) {
      if (!peek(k).is(keywords[k])) {
        return false;
      }
    }
    i += keywords.length;
    return true;
  }

  void expect(String keyword) {
    if (!accept(keyword)) {
      throw new ParseException("expected " + keyword + " but found '" + peek().text() + "'");
    }
  }

  boolean acceptSymbol(char c) {
    if (peek().isSymbol(c)) {
      i++;
      return true;
    }
    return false;
  }

  void expectSymbol(char c) {
    if (!acceptSymbol(c)) {
      throw new ParseException("expected '" + c + "' but found '" + peek().text() + "'");
    }
  }

  String name() {
    SqlToken t = next();
    if (!t.isName() && t.kind() != SqlToken.Kind.STRING) {
      throw new ParseException("expected a name but found '" + t.text() + "'");
    }
    return t.text();
  }

  /** {@code [schema.]table}; the current schema applies when none is written. */
  TableRef tableRef(String currentSchema) {
    SqlToken first = next();
    if (!first.isName()) {
      throw new ParseException("expected a table name but found '" + first.text() + "'");
    }
    if (peek().isSymbol('.') && peek(1).isName()) {
      i++;
      SqlToken second = next();
      return new TableRef(
          TableId.of(first.text(), second.text()), first.start(), second.end(), true);
    }
    if (currentSchema == null || currentSchema.isEmpty()) {
      throw new ParseException(
          "table " + first.text() + " has no schema and no current schema is set");
    }
    return new TableRef(TableId.of(currentSchema, first.text()), first.start(), first.end(), false);
  }

  /** Skips a parenthesised group starting at the current '('. */
  void skipGroup() {
    expectSymbol('(');
    int depth = 1;
    while (depth > 0) {
      SqlToken t = next();
      if (t.isSymbol('(')) {
        depth++;
      } else if (t.isSymbol(')')) {
        depth--;
      }
    }
  }

  /** Skips one token, or a whole group when it is a '('. */
  void skipItem() {
    if (peek().isSymbol('(')) {
      skipGroup();
    } else {
      next();
    }
  }

  /** True at a ',' or ')' (the end of an item in a list) or at the end. */
  boolean atItemEnd() {
    return atEnd() || peek().isSymbol(',') || peek().isSymbol(')');
  }

  /**
   * The text from the start of token {@code fromToken} to the end of the token before the cursor.
   */
  String textFrom(int fromToken) {
    if (fromToken >= i) {
      return "";
    }
    return sql.substring(tokens.get(fromToken).start(), tokens.get(i - 1).end());
  }
}
