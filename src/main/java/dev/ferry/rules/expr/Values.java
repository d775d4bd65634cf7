package dev.ferry.rules.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL value semantics over a small set of Java types: null, Long (integers), BigDecimal (exact
 * numbers), Double (approximate), String, LocalDate, LocalDateTime, LocalTime.
 *
 * <p>Strings compare by code point after removing trailing spaces, which is how TiDB's default
 * collation {@code utf8mb4_bin} (a PAD SPACE collation) compares: case-sensitive. The row's real
 * column collation is not known here.
 */
final class Values {

  private static final Pattern NUMBER_PREFIX =
      Pattern.compile("^\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private Values() {}

  /** Converts a literal or row value without time-zone information. */
  static Object normalize(Object v) {
    return normalize(v, ZoneId.of("UTC"));
  }

  /** Converts a row value; instants become local date-times in {@code zone}. */
  static Object normalize(Object v, ZoneId zone) {
    if (v == null
        || v instanceof Long
        || v instanceof BigDecimal
        || v instanceof Double
        || v instanceof String
        || v instanceof LocalDate
        || v instanceof LocalDateTime
        || v instanceof LocalTime) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof BigInteger b) {
      return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0
          ? b.longValue()
          : new BigDecimal(b);
    }
    if (v instanceof Float f) {
      return f.doubleValue();
    }
    if (v instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    if (v instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (v instanceof Instant i) {
      return LocalDateTime.ofInstant(i, zone);
    }
    if (v instanceof ZonedDateTime z) {
      return z.withZoneSameInstant(zone).toLocalDateTime();
    }
    if (v instanceof OffsetDateTime o) {
      return o.atZoneSameInstant(zone).toLocalDateTime();
    }
    return v.toString();
  }

  /** MySQL truth: NULL stays NULL (returned as null), else non-zero is true. */
  static Boolean truth(Object v) {
    if (v == null) {
      return null;
    }
    Object n = toNumber(v);
    if (n instanceof Long l) {
      return l != 0;
    }
    if (n instanceof BigDecimal d) {
      return d.signum() != 0;
    }
    return (Double) n != 0.0;
  }

  static Long bool(Boolean b) {
    return b == null ? null : b ? 1L : 0L;
  }

  /** A number: Long, BigDecimal or Double. Strings use their numeric prefix (MySQL: 'abc' is 0). */
  static Object toNumber(Object v) {
    if (v instanceof Long || v instanceof BigDecimal || v instanceof Double) {
      return v;
    }
    if (v instanceof String s) {
      return parseDouble(s);
    }
    if (Temporal.isTemporal(v)) {
      return Temporal.toNumber(v);
    }
    throw new IllegalArgumentException("not a value: " + v);
  }

  static double parseDouble(String s) {
    Matcher m = NUMBER_PREFIX.matcher(s);
    if (!m.find()) {
      return 0.0;
    }
    try {
      return Double.parseDouble(m.group().trim());
    } catch (NumberFormatException e) {
      return 0.0;
    }
  }

  static double toDouble(Object v) {
    Object n = toNumber(v);
    return n instanceof Long l ? l : n instanceof BigDecimal d ? d.doubleValue() : (Double) n;
  }

  static BigDecimal toDecimal(Object v) {
    Object n = toNumber(v);
    if (n instanceof Long l) {
      return BigDecimal.valueOf(l);
    }
    if (n instanceof BigDecimal d) {
      return d;
    }
    double d = (Double) n;
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new ExpressionEvaluationException("DOUBLE value is out of range");
    }
    return BigDecimal.valueOf(d);
  }

  /** MySQL's text of a value (CONCAT, LIKE, string functions). */
  static String toStringValue(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof Long) {
      return v.toString();
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Double d) {
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString(d.longValue());
      }
      return Double.toString(d).replace("E", "e").replace(".0e", "e");
    }
    return Temporal.format(v);
  }

  /**
   * Compares two non-null values the way MySQL does for the common cases: strings as strings;
   * integers and decimals exactly; a temporal against a string by reading the string as a temporal;
   * a temporal against a number as a number; everything else as doubles.
   */
  static int compare(Object a, Object b, ZoneId zone) {
    if (a instanceof String x && b instanceof String y) {
      return padSpace(x).compareTo(padSpace(y));
    }
    if (Temporal.isTemporal(a) || Temporal.isTemporal(b)) {
      Integer c = compareTemporal(a, b, zone);
      if (c != null) {
        return c;
      }
    }
    if (isExact(a) && isExact(b)) {
      if (a instanceof Long x && b instanceof Long y) {
        return Long.compare(x, y);
      }
      return toDecimal(a).compareTo(toDecimal(b));
    }
    return Double.compare(toDouble(a), toDouble(b));
  }

  private static Integer compareTemporal(Object a, Object b, ZoneId zone) {
    if (a instanceof Number || b instanceof Number) {
      return null; // as numbers, YYYYMMDDhhmmss
    }
    if (a instanceof LocalTime || b instanceof LocalTime) {
      var x = Temporal.toTime(a, zone);
      var y = Temporal.toTime(b, zone);
      if (x != null && y != null) {
        return x.compareTo(y);
      }
      return padSpace(toStringValue(a)).compareTo(padSpace(toStringValue(b)));
    }
    LocalDateTime x = Temporal.toDateTime(a, zone);
    LocalDateTime y = Temporal.toDateTime(b, zone);
    if (x == null || y == null) {
      // An unreadable string: compare the texts (MySQL warns and does much the same).
      return padSpace(toStringValue(a)).compareTo(padSpace(toStringValue(b)));
    }
    return x.compareTo(y);
  }

  private static boolean isExact(Object v) {
    return v instanceof Long || v instanceof BigDecimal;
  }

  private static String padSpace(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }
}
