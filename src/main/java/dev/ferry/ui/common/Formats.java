package dev.ferry.ui.common;

import java.time.Duration;
import java.util.Locale;

/** Numbers, sizes and durations as the UI writes them. */
public final class Formats {

  private Formats() {}

  /** {@code 1,234,567}. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code 1.2 M}, {@code 34 k}, {@code 999}. */
  public static String shortCount(double n) {
    if (n >= 1_000_000_000) {
      return String.format(Locale.ROOT, "%.1f G", n / 1e9);
    }
    if (n >= 1_000_000) {
      return String.format(Locale.ROOT, "%.1f M", n / 1e6);
    }
    if (n >= 10_000) {
      return String.format(Locale.ROOT, "%.0f k", n / 1e3);
    }
    return String.format(Locale.ROOT, "%,.0f", n);
  }

  /** {@code 12.3 GiB}. */
  public static String bytes(long b) {
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = b;
    int u = 0;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return u == 0 ? b + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }

  /** {@code 1h 04m}, {@code 4m 10s}, {@code 12s}; "—" for null. */
  public static String duration(Duration d) {
    if (d == null) {
      return "—";
    }
    long s = d.getSeconds();
    if (s >= 3600) {
      return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
    }
    if (s >= 60) {
      return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
    }
    return s + "s";
  }
}
