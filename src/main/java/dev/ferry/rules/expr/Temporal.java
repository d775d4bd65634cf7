package dev.ferry.rules.expr;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date and time conversions as MySQL does them for the common forms. All date-times are local
 * date-times in the task's time zone; a string with an explicit offset ({@code 2024-01-02
 * 10:00:00+02:00}) is converted into that zone.
 */
final class Temporal {

  private static final Pattern DATETIME =
      Pattern.compile(
          "\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})"
              + "(?:[ T](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,9}))?)?)?"
              + "\\s*(Z|[+-]\\d{1,2}:\\d{2})?\\s*");
  private static final Pattern COMPACT =
      Pattern.compile("\\s*(\\d{8}|\\d{14})(?:\\.(\\d{1,9}))?\\s*");
  private static final Pattern TIME =
      Pattern.compile("\\s*(-)?(\\d{1,3}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,9}))?)?\\s*");

  private Temporal() {}

  /** A date-time from a value, or null if it is not one (MySQL: NULL with a warning). */
  static LocalDateTime toDateTime(Object v, ZoneId zone) {
    if (v instanceof LocalDateTime dt) {
      return dt;
    }
    if (v instanceof LocalDate d) {
      return d.atStartOfDay();
    }
    if (v instanceof String s) {
      return parseDateTime(s, zone);
    }
    if (v instanceof Long || v instanceof BigDecimal) {
      return parseDateTime(Values.toStringValue(v), zone);
    }
    return null;
  }

  static LocalDate toDate(Object v, ZoneId zone) {
    LocalDateTime dt = toDateTime(v, zone);
    return dt == null ? null : dt.toLocalDate();
  }

  static LocalTime toTime(Object v, ZoneId zone) {
    if (v instanceof LocalTime t) {
      return t;
    }
    if (v instanceof LocalDateTime dt) {
      return dt.toLocalTime();
    }
    if (v instanceof String s) {
      Matcher m = TIME.matcher(s);
      if (m.matches() && m.group(1) == null) {
        try {
          return LocalTime.of(
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
              nanos(m.group(5)));
        } catch (DateTimeException e) {
          return null;
        }
      }
      LocalDateTime dt = parseDateTime(s, zone);
      return dt == null ? null : dt.toLocalTime();
    }
    return null;
  }

  static LocalDateTime parseDateTime(String s, ZoneId zone) {
    try {
      Matcher m = DATETIME.matcher(s);
      if (m.matches()) {
        LocalDateTime dt =
            LocalDateTime.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                nanos(m.group(7)));
        if (m.group(8) != null) {
          ZoneOffset offset = ZoneOffset.of(normalizeOffset(m.group(8)));
          dt = dt.atOffset(offset).atZoneSameInstant(zone).toLocalDateTime();
        }
        return dt;
      }
      Matcher c = COMPACT.matcher(s);
      if (c.matches()) {
        String d = c.group(1);
        return LocalDateTime.of(
            Integer.parseInt(d.substring(0, 4)),
            Integer.parseInt(d.substring(4, 6)),
            Integer.parseInt(d.substring(6, 8)),
            d.length() > 8 ? Integer.parseInt(d.substring(8, 10)) : 0,
            d.length() > 8 ? Integer.parseInt(d.substring(10, 12)) : 0,
            d.length() > 8 ? Integer.parseInt(d.substring(12, 14)) : 0,
            nanos(c.group(2)));
      }
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
    return null;
  }

  private static String normalizeOffset(String o) {
    if (o.equals("Z")) {
      return "Z";
    }
    int colon = o.indexOf(':');
    String hours = o.substring(1, colon);
    return o.charAt(0) + (hours.length() == 1 ? "0" + hours : hours) + o.substring(colon);
  }

  private static int nanos(String fraction) {
    if (fraction == null) {
      return 0;
    }
    String f = (fraction + "000000000").substring(0, 9);
    return Integer.parseInt(f);
  }

  /** MySQL's numeric value of a temporal: YYYYMMDD, YYYYMMDDhhmmss[.ffffff], hhmmss. */
  static Object toNumber(Object v) {
    if (v instanceof LocalDate d) {
      return d.getYear() * 10000L + d.getMonthValue() * 100L + d.getDayOfMonth();
    }
    if (v instanceof LocalDateTime dt) {
      long whole = (long) toNumber(dt.toLocalDate()) * 1_000_000L + timeNumber(dt.toLocalTime());
      return withFraction(whole, dt.getNano());
    }
    LocalTime t = (LocalTime) v;
    return withFraction(timeNumber(t), t.getNano());
  }

  private static long timeNumber(LocalTime t) {
    return t.getHour() * 10000L + t.getMinute() * 100L + t.getSecond();
  }

  private static Object withFraction(long whole, int nanos) {
    if (nanos == 0) {
      return whole;
    }
    return BigDecimal.valueOf(whole).add(BigDecimal.valueOf(nanos, 9)).stripTrailingZeros();
  }

  /** MySQL's text form: {@code 2024-01-02 03:04:05[.ffffff]}. */
  static String format(Object v) {
    if (v instanceof LocalDate d) {
      return d.toString();
    }
    if (v instanceof LocalDateTime dt) {
      return dt.toLocalDate() + " " + format(dt.toLocalTime());
    }
    LocalTime t = (LocalTime) v;
    String base = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
    if (t.getNano() == 0) {
      return base;
    }
    return base + "." + String.format("%06d", t.getNano() / 1000);
  }

  static boolean isTemporal(Object v) {
    return v instanceof LocalDate || v instanceof LocalDateTime || v instanceof LocalTime;
  }
}
