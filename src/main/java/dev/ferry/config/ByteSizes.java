package dev.ferry.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses DM's size strings such as {@code chunk-filesize}: a number with an optional binary unit
 * ({@code 64}, {@code 64MiB}, {@code 64M}, {@code 1.5GB}, case-insensitive, every unit a power of
 * 1024). A bare number means megabytes, as in DM.
 */
public final class ByteSizes {

  private static final Pattern SIZE =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:([kmgtp])(?:i?b)?|(b))?", Pattern.CASE_INSENSITIVE);

  private ByteSizes() {}

  /**
   * The size in bytes.
   *
   * @throws IllegalArgumentException if {@code text} is not a size
   */
  public static long parse(String text) {
    Matcher m = SIZE.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("\"" + text + "\" is not a size such as 64MiB");
    }
    double number = Double.parseDouble(m.group(1));
    int power;
    if (m.group(3) != null) {
      power = 0;
    } else if (m.group(2) == null) {
      power = 2;
    } else {
      power = "kmgtp".indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
    }
    double bytes = number * Math.pow(1024, power);
    if (bytes >= Long.MAX_VALUE) {
      throw new IllegalArgumentException("\"" + text + "\" is too large");
    }
    return (long) bytes;
  }
}
