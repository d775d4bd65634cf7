package dev.ferry.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations in Go's syntax, as DM writes them and as project files keep them: {@code 30s}, {@code
 * 1m30s}, {@code 1.5h}, {@code 500ms}, {@code -2s}, {@code 0s}.
 */
public final class GoDurations {

  private static final Pattern WHOLE =
      Pattern.compile("[+-]?(?:(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:ns|us|µs|ms|s|m|h))+");
  private static final Pattern PART =
      Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)(ns|us|µs|ms|s|m|h)");

  private GoDurations() {}

  /** The duration {@code text} stands for, or empty when it is not a Go duration. */
  public static Optional<Duration> parse(String text) {
    String s = text.trim();
    if (s.equals("0")) {
      return Optional.of(Duration.ZERO);
    }
    if (!WHOLE.matcher(s).matches()) {
      return Optional.empty();
    }
    BigDecimal nanos = BigDecimal.ZERO;
    Matcher m = PART.matcher(s);
    while (m.find()) {
      nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitNanos(m.group(2)))));
    }
    try {
      long total = nanos.longValueExact();
      return Optional.of(Duration.ofNanos(s.startsWith("-") ? -total : total));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** Formats like Go's {@code Duration.String()}: {@code 1h2m3s}, {@code 1m0s}, {@code 1.5s}, {@code 500ms}. */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    String sign = duration.isNegative() ? "-" : "";
    Duration d = duration.abs();
    if (d.compareTo(Duration.ofSeconds(1)) < 0) {
      long nanos = d.toNanos();
      if (nanos >= 1_000_000) {
        return sign + BigDecimal.valueOf(nanos, 6).stripTrailingZeros().toPlainString() + "ms";
      }
      if (nanos >= 1_000) {
        return sign + BigDecimal.valueOf(nanos, 3).stripTrailingZeros().toPlainString() + "µs";
      }
      return sign + nanos + "ns";
    }
    StringBuilder out = new StringBuilder(sign);
    long hours = d.toHours();
    if (hours > 0) {
      out.append(hours).append('h');
    }
    if (hours > 0 || d.toMinutesPart() > 0) {
      out.append(d.toMinutesPart()).append('m');
    }
    BigDecimal seconds =
        BigDecimal.valueOf(d.toSecondsPart()).add(BigDecimal.valueOf(d.toNanosPart(), 9));
    return out.append(seconds.stripTrailingZeros().toPlainString()).append('s').toString();
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
