package dev.ferry.config;

import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What DM accepts as {@code timezone}: {@code SYSTEM}, an IANA zone name ({@code Asia/Shanghai},
 * {@code UTC}), or an offset {@code ±H:MM} / {@code ±HH:MM} between -12:59 and +14:00 (MySQL's
 * range).
 */
final class TimeZones {

  private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{1,2}):(\\d{2})");

  private TimeZones() {}

  static boolean isValid(String zone) {
    if (zone.equalsIgnoreCase("SYSTEM") || ZoneId.getAvailableZoneIds().contains(zone)) {
      return true;
    }
    Matcher m = OFFSET.matcher(zone);
    if (!m.matches()) {
      return false;
    }
    int hours = Integer.parseInt(m.group(2));
    int minutes = Integer.parseInt(m.group(3));
    if (minutes > 59) {
      return false;
    }
    int total = hours * 60 + minutes;
    return m.group(1).equals("+") ? total <= 14 * 60 : total <= 12 * 60 + 59;
  }
}
