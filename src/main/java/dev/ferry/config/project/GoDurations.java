package dev.ferry.config.project;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations written the way DM (Go) writes them: {@code 30s}, {@code 1m30s}, {@code 1h}, {@code
 * 500ms}, {@code 1.5s}, {@code -2s}, {@code 0s}.
 */
final class GoDurations {

  private static final Pattern WHOLE =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d+)?(?:ns|us|µs|ms|s|m|h))+");
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");

  private GoDurations() {}

  static Optional<Duration> parse(String text) {
    String s = text.trim();
    if (s.equals("0")) {
      return Optional.of(Duration.ZERO);
    }
    if (!WHOLE.matcher(s).matches()) {
      return Optional.empty();
    }
    boolean negative = s.startsWith("-");
    BigDecimal nanos = BigDecimal.ZERO;
    Matcher m = PART.matcher(s);
    while (m.find()) {
      nanos =
          nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitNanos(m.group(2)))));
    }
    try {
      long total = nanos.longValueExact();
      return Optional.of(Duration.ofNanos(negative ? -total : total));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    String sign = duration.isNegative() ? "-" : "";
    Duration d = duration.abs();
    if (d.compareTo(Duration.ofSeconds(1)) < 0) {
      long nanos = d.toNanos();
      if (nanos % 1_000_000 == 0) {
        return sign + nanos / 1_000_000 + "ms";
      }
      return nanos % 1_000 == 0 ? sign + nanos / 1_000 + "us" : sign + nanos + "ns";
    }
    StringBuilder out = new StringBuilder(sign);
    if (d.toHours() > 0) {
      out.append(d.toHours()).append('h');
    }
    if (d.toMinutesPart() > 0) {
      out.append(d.toMinutesPart()).append('m');
    }
    BigDecimal seconds =
        BigDecimal.valueOf(d.toSecondsPart()).add(BigDecimal.valueOf(d.toNanosPart(), 9));
    if (seconds.signum() > 0) {
      out.append(seconds.stripTrailingZeros().toPlainString()).append('s');
    }
    return out.toString();
  }

  private static long unitNanos(String unit) {
    return switch (unit) {
      case "ns" -> 1L;
      case "us", "µs" -> 1_000L;
      case "ms" -> 1_000_000L;
      case "s" -> 1_000_000_000L;
      case "m" -> 60_000_000_000L;
      default -> 3_600_000_000_000L;
    };
  }
}
