package dev.ferry.rules;

import java.util.regex.Pattern;

/**
 * A {@code ~regex} name pattern: the text after {@code ~} is an unanchored RE2 regex ({@code ~test}
 * matches {@code mytest_1}). When not case-sensitive DM lower-cases the regex text itself before
 * compiling it with {@code (?i)} — so {@code \D} becomes {@code \d}; this is reproduced, and {@link
 * RuleValidator} warns when it changes a regex.
 */
public final class RegexPattern implements NamePattern {

  private final String text;
  private final boolean caseSensitive;
  private final Pattern pattern;

  private RegexPattern(String text, boolean caseSensitive, Pattern pattern) {
    this.text = text;
    this.caseSensitive = caseSensitive;
    this.pattern = pattern;
  }

  /**
   * Compiles a {@code ~regex} pattern.
   *
   * @throws InvalidPatternException if the regex is invalid for RE2
   */
  public static RegexPattern of(String text, boolean caseSensitive) {
    if (text == null || !text.startsWith("~")) {
      throw new IllegalArgumentException("not a ~regex pattern: " + text);
    }
    String regex = NamePattern.fold(text.substring(1), caseSensitive);
    return new RegexPattern(text, caseSensitive, GoRegex.compile(regex, !caseSensitive));
  }

  @Override
  public boolean matches(String name) {
    return name != null && pattern.matcher(NamePattern.fold(name, caseSensitive)).find();
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
