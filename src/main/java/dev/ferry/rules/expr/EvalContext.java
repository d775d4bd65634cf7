package dev.ferry.rules.expr;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What an expression needs besides the row: the clock for {@code NOW()} and the task's time zone
 * (DM {@code timezone}), in which TIMESTAMP values and {@code NOW()} are read.
 */
public record EvalContext(Clock clock, ZoneId zone) {

  public EvalContext {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(zone, "zone");
  }

  public static EvalContext systemDefault() {
    return new EvalContext(Clock.systemUTC(), ZoneId.systemDefault());
  }
}
