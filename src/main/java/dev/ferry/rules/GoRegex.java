package dev.ferry.rules;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles DM's regular expressions (Go RE2 syntax) with {@link java.util.regex}.
 *
 * <p>RE2 rejects constructs Java accepts (look-around, back-references, possessive and atomic
 * groups, repeat counts over 1000); those are reported as invalid so a rule DM would refuse is not
 * silently accepted here. The few RE2 spellings Java reads differently are translated: {@code
 * (?P<name>...)} groups, POSIX classes such as {@code [[:alpha:]]}, and a literal {@code [} or
 * {@code &&} inside a character class.
 */
public final class GoRegex {

  private static final Map<String, String> POSIX =
      Map.ofEntries(
          Map.entry("alnum", "\\p{Alnum}"),
          Map.entry("alpha", "\\p{Alpha}"),
          Map.entry("ascii", "\\p{ASCII}"),
          Map.entry("blank", "\\p{Blank}"),
          Map.entry("cntrl", "\\p{Cntrl}"),
          Map.entry("digit", "\\p{Digit}"),
          Map.entry("graph", "\\p{Graph}"),
          Map.entry("lower", "\\p{Lower}"),
          Map.entry("print", "\\p{Print}"),
          Map.entry("punct", "\\p{Punct}"),
          Map.entry("space", "\\s"),
          Map.entry("upper", "\\p{Upper}"),
          Map.entry("word", "\\w"),
          Map.entry("xdigit", "\\p{XDigit}"));

  private GoRegex() {}

  /**
   * Compiles {@code regex}; {@code caseInsensitive} is DM's {@code (?i)} prefix.
   *
   * @throws InvalidPatternException if RE2 would reject it
   */
  public static Pattern compile(String regex, boolean caseInsensitive) {
    String java = translate(regex);
    try {
      int flags = caseInsensitive ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
      return Pattern.compile(java, flags);
    } catch (PatternSyntaxException e) {
      throw new InvalidPatternException(
          "invalid regular expression \"" + regex + "\": " + e.getDescription());
    }
  }

  static String translate(String re) {
    StringBuilder out = new StringBuilder(re.length() + 8);
    int i = 0;
    while (i < re.length()) {
      char c = re.charAt(i);
      if (c == '\\') {
        i = escape(re, i, out, false);
      } else if (c == '[') {
        i = charClass(re, i, out);
      } else if (c == '(' && re.startsWith("(?", i)) {
        i = group(re, i, out);
      } else if ((c == '*' || c == '+' || c == '?') && i + 1 < re.length()) {
        if (re.charAt(i + 1) == '+') {
          throw unsupported(re, "possessive quantifiers ('" + c + "+')");
        }
        out.append(c);
        i++;
      } else if (c == '{') {
        i = repeat(re, i, out);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int escape(String re, int i, StringBuilder out, boolean inClass) {
    if (i + 1 >= re.length()) {
      throw new InvalidPatternException("invalid regular expression \"" + re + "\": trailing \\");
    }
    char n = re.charAt(i + 1);
    if (n >= '1' && n <= '9' && !inClass) {
      throw unsupported(re, "back-references ('\\" + n + "')");
    }
    if (n == 'C' || n == 'Z' || n == 'k' || n == 'R' || n == 'X' || n == 'G') {
      throw unsupported(re, "the escape '\\" + n + "'");
    }
    if (n == 'Q') {
      int end = re.indexOf("\\E", i + 2);
      int stop = end < 0 ? re.length() : end + 2;
      out.append(re, i, stop);
      return stop;
    }
    out.append(c2(re, i));
    return i + 2;
  }

  private static String c2(String re, int i) {
    return re.substring(i, i + 2);
  }

  private static int charClass(String re, int i, StringBuilder out) {
    out.append('[');
    int j = i + 1;
    if (j < re.length() && re.charAt(j) == '^') {
      out.append('^');
      j++;
    }
    boolean first = true;
    while (j < re.length()) {
      char c = re.charAt(j);
      if (c == ']' && !first) {
        out.append(']');
        return j + 1;
      }
      first = false;
      if (c == '\\') {
        j = escape(re, j, out, true);
      } else if (c == '[' && re.startsWith("[:", j)) {
        int end = re.indexOf(":]", j + 2);
        if (end < 0) {
          out.append("\\[");
          j++;
          continue;
        }
        String name = re.substring(j + 2, end);
        boolean negated = name.startsWith("^");
        String java = POSIX.get(negated ? name.substring(1) : name);
        if (java == null) {
          throw new InvalidPatternException(
              "invalid regular expression \"" + re + "\": unknown class [:" + name + ":]");
        }
        out.append(negated ? negate(java) : java);
        j = end + 2;
      } else if (c == '[' || c == ']' || c == '&') {
        out.append('\\').append(c);
        j++;
      } else {
        out.append(c);
        j++;
      }
    }
    throw new InvalidPatternException(
        "invalid regular expression \"" + re + "\": missing closing ]");
  }

  private static String negate(String javaClass) {
    return javaClass.startsWith("\\p")
        ? "\\P" + javaClass.substring(2)
        : "\\" + Character.toUpperCase(javaClass.charAt(1));
  }

  private static int group(String re, int i, StringBuilder out) {
    String rest = re.substring(i);
    if (rest.startsWith("(?P<")) {
      out.append("(?<");
      return i + 4;
    }
    if (rest.startsWith("(?=") || rest.startsWith("(?!")) {
      throw unsupported(re, "look-ahead ('" + rest.substring(0, 3) + "')");
    }
    if (rest.startsWith("(?<=") || rest.startsWith("(?<!")) {
      throw unsupported(re, "look-behind ('" + rest.substring(0, 4) + "')");
    }
    if (rest.startsWith("(?>")) {
      throw unsupported(re, "atomic groups ('(?>')");
    }
    // Flag groups: RE2 knows i, m, s, U; Java reads U as something else entirely.
    int j = i + 2;
    while (j < re.length() && re.charAt(j) != ')' && re.charAt(j) != ':') {
      char f = re.charAt(j);
      if ("imsU-".indexOf(f) < 0) {
        throw unsupported(re, "the group syntax '(?" + f + "'");
      }
      if (f == 'U') {
        throw unsupported(re, "the ungreedy flag (?U)");
      }
      j++;
    }
    out.append("(?");
    return i + 2;
  }

  private static int repeat(String re, int i, StringBuilder out) {
    int close = re.indexOf('}', i);
    if (close > 0) {
      String body = re.substring(i + 1, close);
      if (body.matches("\\d+(,\\d*)?")) {
        for (String n : body.split(",")) {
          if (!n.isEmpty() && (n.length() > 4 || Integer.parseInt(n) > 1000)) {
            throw new InvalidPatternException(
                "invalid regular expression \""
                    + re
                    + "\": repeat count over 1000 in {"
                    + body
                    + "}");
          }
        }
      } else {
        // RE2 reads a '{' that does not start a repeat as a literal; Java would reject it.
        out.append("\\{");
        return i + 1;
      }
    } else {
      out.append("\\{");
      return i + 1;
    }
    out.append('{');
    return i + 1;
  }

  private static InvalidPatternException unsupported(String re, String what) {
    return new InvalidPatternException(
        "invalid regular expression \""
            + re
            + "\": DM's regex engine (RE2) does not support "
            + what);
  }
}
