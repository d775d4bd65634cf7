package dev.ferry.rules.expr;

import java.util.regex.Pattern;

/** Translates a LIKE pattern ({@code %}, {@code _}, escape character) into a regex. */
final class Like {

  private Like() {}

  /** {@code escape} -1 means no escape character. Matching is case-sensitive (utf8mb4_bin). */
  static Pattern toRegex(String like, int escape) {
    StringBuilder re = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < like.length(); i++) {
      char c = like.charAt(i);
      if (c == escape && i + 1 < like.length()) {
        literal.append(like.charAt(++i));
      } else if (c == '%' || c == '_') {
        flush(re, literal);
        re.append(c == '%' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    flush(re, literal);
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }

  private static void flush(StringBuilder re, StringBuilder literal) {
    if (literal.length() > 0) {
      re.append(Pattern.quote(literal.toString()));
      literal.setLength(0);
    }
  }
}
