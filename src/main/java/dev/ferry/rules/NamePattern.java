package dev.ferry.rules;

import java.util.Locale;

/**
 * A DM schema or table name pattern: a wildcard ({@code *}, {@code ?}, {@code [a-z]}, {@code
 * [!...]}) or, where DM allows it, a regular expression written with a leading {@code ~}.
 *
 * <p>With {@code case-sensitive: false} DM lower-cases both the pattern text and the name before
 * matching (regexes additionally get {@code (?i)}); each pattern is built with that flag and
 * lower-cases the names it is asked about itself.
 */
public sealed interface NamePattern permits WildcardPattern, RegexPattern {

  /** Whether {@code name} (as the server spells it) matches. */
  boolean matches(String name);

  /** The pattern as configured. */
  String text();

  /**
   * A block-allow-list or route pattern: {@code ~regex} or a wildcard.
   *
   * @throws InvalidPatternException if DM would reject it
   */
  static NamePattern parse(String text, boolean caseSensitive) {
    if (text != null && text.startsWith("~")) {
      return RegexPattern.of(text, caseSensitive);
    }
    return WildcardPattern.of(text, caseSensitive);
  }

  /** Whether {@code text} is a {@code ~regex} pattern. */
  static boolean isRegex(String text) {
    return text != null && text.startsWith("~");
  }

  /** DM's lower-casing (Go {@code strings.ToLower}) for case-insensitive tasks. */
  static String fold(String s, boolean caseSensitive) {
    return caseSensitive || s == null ? s : s.toLowerCase(Locale.ROOT);
  }
}
