package dev.ferry.rules.expr;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Evaluation of the functions listed in {@link Functions} (except the lazy ones). */
final class FunctionCalls {

  private FunctionCalls() {}

  /** Calls {@code name}; NULL in, NULL out, except where MySQL says otherwise. */
  static Object call(String name, List<Object> a, Evaluator ev) {
    switch (name) {
      case "NOW", "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP", "SYSDATE":
        return ev.now();
      case "UTC_TIMESTAMP":
        return ev.now().atZone(ev.zone()).withZoneSameInstant(ZoneId.of("UTC")).toLocalDateTime();
      case "CURDATE", "CURRENT_DATE":
        return ev.now().toLocalDate();
      case "UTC_DATE":
        return ev.now().atZone(ev.zone()).withZoneSameInstant(ZoneId.of("UTC")).toLocalDate();
      case "CURTIME", "CURRENT_TIME":
        return ev.now().toLocalTime();
      case "UNIX_TIMESTAMP":
        return unixTimestamp(a.isEmpty() ? ev.now() : a.get(0), ev.zone());
      case "ISNULL":
        return a.get(0) == null ? 1L : 0L;
      case "CONCAT_WS":
        return concatWs(a);
      default:
        break;
    }
    for (Object o : a) {
      if (o == null) {
        return null;
      }
    }
    return switch (name) {
      case "LENGTH", "OCTET_LENGTH" -> (long) str(a, 0).getBytes(StandardCharsets.UTF_8).length;
      case "CHAR_LENGTH", "CHARACTER_LENGTH" ->
          (long) str(a, 0).codePointCount(0, str(a, 0).length());
      case "LOWER", "LCASE" -> str(a, 0).toLowerCase(Locale.ROOT);
      case "UPPER", "UCASE" -> str(a, 0).toUpperCase(Locale.ROOT);
      case "SUBSTRING", "SUBSTR", "MID" ->
          substring(
              str(a, 0), integer(a.get(1)), a.size() > 2 ? integer(a.get(2)) : Long.MAX_VALUE);
      case "LEFT" -> substring(str(a, 0), 1, integer(a.get(1)));
      case "RIGHT" -> right(str(a, 0), integer(a.get(1)));
      case "CONCAT" -> concat(a);
      case "TRIM" -> trim(str(a, 0), str(a, 1), str(a, 2));
      case "LTRIM" -> trim(str(a, 0), " ", "LEADING");
      case "RTRIM" -> trim(str(a, 0), " ", "TRAILING");
      case "REPLACE" -> str(a, 1).isEmpty() ? str(a, 0) : str(a, 0).replace(str(a, 1), str(a, 2));
      case "ABS" -> abs(Values.toNumber(a.get(0)));
      case "SIGN" -> (long) Double.compare(Values.toDouble(a.get(0)), 0.0);
      case "ROUND" -> round(Values.toNumber(a.get(0)), a.size() > 1 ? integer(a.get(1)) : 0);
      case "FLOOR" -> toInteger(Values.toNumber(a.get(0)), RoundingMode.FLOOR);
      case "CEIL", "CEILING" -> toInteger(Values.toNumber(a.get(0)), RoundingMode.CEILING);
      case "MOD" -> Arith.apply("%", a.get(0), a.get(1));
      case "DATE" -> Temporal.toDate(a.get(0), ev.zone());
      case "TIME" -> Temporal.toTime(a.get(0), ev.zone());
      case "YEAR" -> datePart(a.get(0), ev.zone(), ChronoUnit.YEARS);
      case "MONTH" -> datePart(a.get(0), ev.zone(), ChronoUnit.MONTHS);
      case "DAY", "DAYOFMONTH" -> datePart(a.get(0), ev.zone(), ChronoUnit.DAYS);
      case "HOUR" -> timePart(a.get(0), ev.zone(), ChronoUnit.HOURS);
      case "MINUTE" -> timePart(a.get(0), ev.zone(), ChronoUnit.MINUTES);
      case "SECOND" -> timePart(a.get(0), ev.zone(), ChronoUnit.SECONDS);
      case "DATEDIFF" -> dateDiff(a.get(0), a.get(1), ev.zone());
      case "TIMESTAMPDIFF" -> timestampDiff(str(a, 0), a.get(1), a.get(2), ev.zone());
      default -> throw new IllegalStateException("no implementation for " + name);
    };
  }

  private static String str(List<Object> a, int i) {
    return Values.toStringValue(a.get(i));
  }

  /** MySQL rounds a decimal or double argument to the nearest integer where it wants one. */
  static long integer(Object v) {
    Object n = Values.toNumber(v);
    if (n instanceof Long l) {
      return l;
    }
    BigDecimal d = n instanceof BigDecimal b ? b : BigDecimal.valueOf((Double) n);
    return d.setScale(0, RoundingMode.HALF_UP).longValue();
  }

  private static String substring(String s, long pos, long len) {
    int n = s.codePointCount(0, s.length());
    long start = pos > 0 ? pos - 1 : pos < 0 ? n + pos : -1;
    if (start < 0 || start >= n || len <= 0) {
      return "";
    }
    long end = Math.min(n, start + Math.min(len, n));
    int from = s.offsetByCodePoints(0, (int) start);
    return s.substring(from, s.offsetByCodePoints(0, (int) end));
  }

  private static String right(String s, long len) {
    int n = s.codePointCount(0, s.length());
    if (len <= 0) {
      return "";
    }
    return len >= n ? s : s.substring(s.offsetByCodePoints(0, (int) (n - len)));
  }

  private static String concat(List<Object> a) {
    StringBuilder sb = new StringBuilder();
    a.forEach(o -> sb.append(Values.toStringValue(o)));
    return sb.toString();
  }

  private static Object concatWs(List<Object> a) {
    if (a.get(0) == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    String sep = Values.toStringValue(a.get(0));
    boolean first = true;
    for (Object o : a.subList(1, a.size())) {
      if (o != null) {
        sb.append(first ? "" : sep).append(Values.toStringValue(o));
        first = false;
      }
    }
    return sb.toString();
  }

  private static String trim(String s, String remove, String mode) {
    if (remove.isEmpty()) {
      return s;
    }
    String r = s;
    if (!mode.equals("TRAILING")) {
      while (r.startsWith(remove)) {
        r = r.substring(remove.length());
      }
    }
    if (!mode.equals("LEADING")) {
      while (r.endsWith(remove)) {
        r = r.substring(0, r.length() - remove.length());
      }
    }
    return r;
  }

  private static Object abs(Object n) {
    if (n instanceof Long l) {
      if (l == Long.MIN_VALUE) {
        throw new ExpressionEvaluationException("BIGINT value is out of range in ABS");
      }
      return Math.abs(l);
    }
    return n instanceof BigDecimal d ? d.abs() : Math.abs((Double) n);
  }

  // Exact values round half away from zero; doubles round half to even (the C library's rint).
  private static Object round(Object n, long digits) {
    int d = (int) Math.max(-30, Math.min(30, digits));
    if (n instanceof Double x) {
      if (Double.isInfinite(x) || Double.isNaN(x)) {
        return x;
      }
      return new BigDecimal(x).setScale(d, RoundingMode.HALF_EVEN).doubleValue();
    }
    if (n instanceof Long l) {
      return d >= 0 ? l : BigDecimal.valueOf(l).setScale(d, RoundingMode.HALF_UP).longValue();
    }
    BigDecimal r = ((BigDecimal) n).setScale(d, RoundingMode.HALF_UP);
    return d >= 0 ? r : r.setScale(0, RoundingMode.UNNECESSARY);
  }

  private static Object toInteger(Object n, RoundingMode mode) {
    if (n instanceof Long) {
      return n;
    }
    if (n instanceof Double x) {
      return mode == RoundingMode.FLOOR ? Math.floor(x) : Math.ceil(x);
    }
    BigDecimal r = ((BigDecimal) n).setScale(0, mode);
    try {
      return r.longValueExact();
    } catch (ArithmeticException e) {
      return r;
    }
  }

  private static Object datePart(Object v, ZoneId zone, ChronoUnit unit) {
    LocalDate d = v instanceof LocalTime ? null : Temporal.toDate(v, zone);
    if (d == null) {
      return null;
    }
    return (long)
        (unit == ChronoUnit.YEARS
            ? d.getYear()
            : unit == ChronoUnit.MONTHS ? d.getMonthValue() : d.getDayOfMonth());
  }

  private static Object timePart(Object v, ZoneId zone, ChronoUnit unit) {
    LocalTime t = Temporal.toTime(v, zone);
    if (t == null) {
      return null;
    }
    return (long)
        (unit == ChronoUnit.HOURS
            ? t.getHour()
            : unit == ChronoUnit.MINUTES ? t.getMinute() : t.getSecond());
  }

  private static Object dateDiff(Object a, Object b, ZoneId zone) {
    LocalDate x = Temporal.toDate(a, zone);
    LocalDate y = Temporal.toDate(b, zone);
    return x == null || y == null ? null : ChronoUnit.DAYS.between(y, x);
  }

  private static Object timestampDiff(String unit, Object a, Object b, ZoneId zone) {
    LocalDateTime x = Temporal.toDateTime(a, zone);
    LocalDateTime y = Temporal.toDateTime(b, zone);
    if (x == null || y == null) {
      return null;
    }
    return switch (unit) {
      case "MICROSECOND" -> ChronoUnit.MICROS.between(x, y);
      case "SECOND" -> ChronoUnit.SECONDS.between(x, y);
      case "MINUTE" -> ChronoUnit.MINUTES.between(x, y);
      case "HOUR" -> ChronoUnit.HOURS.between(x, y);
      case "DAY" -> ChronoUnit.DAYS.between(x, y);
      case "WEEK" -> ChronoUnit.WEEKS.between(x, y);
      case "MONTH" -> ChronoUnit.MONTHS.between(x, y);
      case "QUARTER" -> ChronoUnit.MONTHS.between(x, y) / 3;
      default -> ChronoUnit.YEARS.between(x, y);
    };
  }

  private static Object unixTimestamp(Object v, ZoneId zone) {
    if (v == null) {
      return null;
    }
    LocalDateTime dt = Temporal.toDateTime(v, zone);
    if (dt == null) {
      return 0L;
    }
    var instant = dt.atZone(zone).toInstant();
    if (instant.getNano() == 0) {
      return instant.getEpochSecond();
    }
    return BigDecimal.valueOf(instant.getEpochSecond())
        .add(BigDecimal.valueOf(instant.getNano(), 9))
        .stripTrailingZeros();
  }
}
