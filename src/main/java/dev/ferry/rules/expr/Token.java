package dev.ferry.rules.expr;

/**
 * A lexical token. Unquoted words are {@link Kind#WORD} with {@code text} upper-cased in {@code
 * upper}; {@code value} holds the decoded literal for numbers and strings.
 */
record Token(Kind kind, String text, String upper, Object value, int pos) {

  enum Kind {
    NUMBER,
    STRING,
    WORD,
    QUOTED_NAME,
    SYMBOL,
    END
  }

  boolean is(String symbolOrKeyword) {
    return (kind == Kind.SYMBOL && text.equals(symbolOrKeyword))
        || (kind == Kind.WORD && upper.equals(symbolOrKeyword));
  }

  String describe() {
    return kind == Kind.END ? "the end of the expression" : "'" + text + "'";
  }
}
