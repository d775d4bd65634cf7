package dev.ferry.engine.run;

import java.time.Duration;

/**
 * Back-off for auto-resume after a transient fault: 1 s, doubling, capped at 5 minutes. An attempt
 * that then ran cleanly for a while resets the sequence.
 */
public record RetryPolicy(Duration first, Duration max) {

  public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(5));

  /** The wait before retry number {@code attempt} (1-based). */
  public Duration delay(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt starts at 1: " + attempt);
    }
    long millis = first.toMillis();
    for (int i = 1; i < attempt && millis < max.toMillis(); i++) {
      millis *= 2;
    }
    return Duration.ofMillis(Math.min(millis, max.toMillis()));
  }
}
