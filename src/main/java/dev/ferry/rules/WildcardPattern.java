package dev.ferry.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * DM's wildcard syntax (tidb {@code table-rule-selector}): {@code *} matches zero or more
 * characters and may only be the last character; {@code ?} matches exactly one; {@code [...]}
 * matches one character of a set or range, {@code [!...]} negates, {@code [!]} is a literal {@code
 * !}, and a {@code [} without a closing {@code ]} is a literal {@code [}.
 *
 * <p>Matching is byte-wise on the UTF-8 name, as in DM: {@code ?} matches one byte, so it does not
 * match a multi-byte character. {@code [0-63]} is the set {@code 0-6} plus {@code 3}, not a numeric
 * range.
 */
public final class WildcardPattern implements NamePattern {

  /** One position of the pattern: a byte, any byte ({@code ?}), or a byte set. */
  private record Token(byte literal, boolean any, boolean negated, List<int[]> ranges) {

    boolean matches(int b) {
      if (any) {
        return true;
      }
      if (ranges == null) {
        return (literal & 0xff) == b;
      }
      for (int[] r : ranges) {
        if (r[0] <= b && b <= r[1]) {
          return !negated;
        }
      }
      return negated;
    }

    /** Equality as DM's trie sees it, so two rules with equal patterns can be detected. */
    boolean sameAs(Token o) {
      if (any != o.any || (ranges == null) != (o.ranges == null)) {
        return false;
      }
      if (ranges == null) {
        return any || literal == o.literal;
      }
      return negated == o.negated && covers(ranges, o.ranges) && covers(o.ranges, ranges);
    }

    private static boolean covers(List<int[]> outer, List<int[]> inner) {
      return inner.stream()
          .allMatch(i -> outer.stream().anyMatch(o -> o[0] <= i[0] && i[1] <= o[1]));
    }
  }

  private final String text;
  private final boolean caseSensitive;
  private final List<Token> tokens;
  private final boolean trailingStar;

  private WildcardPattern(
      String text, boolean caseSensitive, List<Token> tokens, boolean trailingStar) {
    this.text = text;
    this.caseSensitive = caseSensitive;
    this.tokens = tokens;
    this.trailingStar = trailingStar;
  }

  /**
   * Parses a wildcard pattern (lower-cased first when not case-sensitive).
   *
   * @throws InvalidPatternException if it is empty or has a {@code *} before its last character
   */
  public static WildcardPattern of(String text, boolean caseSensitive) {
    if (text == null || text.isEmpty()) {
      throw new InvalidPatternException("the pattern is empty");
    }
    byte[] p = NamePattern.fold(text, caseSensitive).getBytes(StandardCharsets.UTF_8);
    List<Token> tokens = new ArrayList<>();
    boolean star = false;
    for (int i = 0; i < p.length; i++) {
      if (star) {
        throw new InvalidPatternException(
            "'*' must be the last character of a wildcard pattern (\"" + text + "\")");
      }
      byte c = p[i];
      if (c == '*') {
        star = true;
      } else if (c == '?') {
        tokens.add(new Token((byte) 0, true, false, null));
      } else if (c == '[' && closingBracket(p, i) > 0) {
        int close = closingBracket(p, i);
        tokens.add(range(p, i, close));
        i = close;
      } else {
        tokens.add(new Token(c, false, false, null));
      }
    }
    return new WildcardPattern(text, caseSensitive, List.copyOf(tokens), star);
  }

  private static int closingBracket(byte[] p, int open) {
    for (int j = open; j < p.length; j++) {
      if (p[j] == ']') {
        return j;
      }
    }
    return -1;
  }

  // Mirrors DM's parsing: "x-y" is a range only when y is before the closing bracket, so "[a-]"
  // is the set {a, -}; "[!]" is a literal '!'.
  private static Token range(byte[] p, int open, int close) {
    int i = open + 1;
    boolean negated = false;
    if (i < close && p[i] == '!') {
      negated = true;
      i++;
    }
    List<int[]> ranges = new ArrayList<>();
    for (; i < close; i++) {
      if (p[i + 1] == '-' && i + 2 < close) {
        ranges.add(new int[] {p[i] & 0xff, p[i + 2] & 0xff});
        i += 2;
      } else {
        ranges.add(new int[] {p[i] & 0xff, p[i] & 0xff});
      }
    }
    if (ranges.isEmpty() && negated) {
      return new Token((byte) 0, false, false, List.<int[]>of(new int[] {'!', '!'}));
    }
    return new Token((byte) 0, false, negated, List.copyOf(ranges));
  }

  @Override
  public boolean matches(String name) {
    if (name == null) {
      return false;
    }
    byte[] s = NamePattern.fold(name, caseSensitive).getBytes(StandardCharsets.UTF_8);
    if (trailingStar ? s.length < tokens.size() : s.length != tokens.size()) {
      return false;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).matches(s[i] & 0xff)) {
        return false;
      }
    }
    return true;
  }

  /** Whether DM's rule trie would treat both patterns as the same node (a duplicate rule). */
  public boolean sameAs(WildcardPattern other) {
    if (trailingStar != other.trailingStar || tokens.size() != other.tokens.size()) {
      return false;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).sameAs(other.tokens.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }
}
