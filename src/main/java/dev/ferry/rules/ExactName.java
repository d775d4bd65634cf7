package dev.ferry.rules;

/**
 * A DM name pattern that matches exactly one schema or table name. A plain name is its own pattern
 * unless it holds wildcard characters ({@code *}, {@code ?}, {@code [}) or starts with {@code ~}
 * (which DM reads as a regex): such a name becomes {@code ~^...$} with every regex metacharacter
 * escaped (Go RE2 syntax), so {@code shop_*} selects only the table literally named {@code shop_*},
 * not every table starting with {@code shop_}.
 */
public final class ExactName {

  private static final String RE2_META = "\\.+*?()|[]{}^$";

  private ExactName() {}

  /** The pattern for {@code name}: the name itself where that is exact, otherwise a regex. */
  public static String pattern(String name) {
    return needsRegex(name) ? regex(name) : name;
  }

  /** Whether the name, used as a DM pattern, would match other names too (or be invalid). */
  public static boolean needsRegex(String name) {
    return name.startsWith("~")
        || name.indexOf('*') >= 0
        || name.indexOf('?') >= 0
        || name.indexOf('[') >= 0;
  }

  /** Always the {@code ~^...$} regex that matches exactly {@code name}. */
  public static String regex(String name) {
    StringBuilder b = new StringBuilder(name.length() + 8).append("~^");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (RE2_META.indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('$').toString();
  }
}
