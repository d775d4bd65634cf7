package dev.ferry.engine.ddl;

import java.util.Locale;

/**
 * One token of a SQL statement, with its place in the original text so that rewriters can replace
 * exactly the characters of a name and keep everything else as the source wrote it.
 *
 * @param text for {@link Kind#QUOTED_NAME} and {@link Kind#STRING} the unquoted value, otherwise
 *     the characters as written
 * @param start offset of the first character in the statement
 * @param end offset after the last character
 */
public record SqlToken(Kind kind, String text, int start, int end) {

  /** What a token is. */
  public enum Kind {
    /** A keyword or an unquoted name. */
    WORD,
    /** A back-quoted or double-quoted name. */
    QUOTED_NAME,
    /** A single-quoted string literal. */
    STRING,
    NUMBER,
    /** Punctuation and operators, one character each. */
    SYMBOL
  }

  /** True for a word equal to {@code keyword}, ignoring case. */
  public boolean is(String keyword) {
    return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
  }

  public boolean isSymbol(char c) {
    return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
  }

  /** True for anything that can be a name (a word or a quoted name). */
  public boolean isName() {
    return kind == Kind.WORD || kind == Kind.QUOTED_NAME;
  }

  public String upper() {
    return text.toUpperCase(Locale.ROOT);
  }
}
