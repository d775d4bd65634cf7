package dev.ferry.engine.db;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A server version {@code major.minor.patch}, comparable. */
public record Version(int major, int minor, int patch) implements Comparable<Version> {

  private static final Pattern NUMBERS = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");
  private static final Pattern TIDB = Pattern.compile("TiDB-v?(\\d+\\.\\d+(?:\\.\\d+)?)");

  public static Version of(int major, int minor, int patch) {
    return new Version(major, minor, patch);
  }

  /**
   * The version in a server's {@code @@version}: {@code 8.0.36}, {@code 10.11.6-MariaDB-log},
   * MariaDB's replication prefix {@code 5.5.5-10.4.7-MariaDB}, or TiDB's {@code
   * 8.0.11-TiDB-v7.5.0} (which yields TiDB's own version, 7.5.0). Unparseable text gives 0.0.0.
   */
  public static Version parse(String text) {
    if (text == null) {
      return new Version(0, 0, 0);
    }
    Matcher tidb = TIDB.matcher(text);
    String s = tidb.find() ? tidb.group(1) : text;
    if (s.startsWith("5.5.5-") && s.contains("MariaDB")) {
      s = s.substring("5.5.5-".length());
    }
    Matcher m = NUMBERS.matcher(s);
    if (!m.find()) {
      return new Version(0, 0, 0);
    }
    return new Version(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
  }

  public boolean atLeast(int major, int minor, int patch) {
    return compareTo(new Version(major, minor, patch)) >= 0;
  }

  public boolean below(int major, int minor) {
    return compareTo(new Version(major, minor, 0)) < 0;
  }

  @Override
  public int compareTo(Version o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c != 0 ? c : Integer.compare(patch, o.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
