package dev.ferry.engine.sync;

import dev.ferry.domain.BinlogPosition;
import java.time.Duration;

/**
 * When the sync writes idempotent statements (DM's safe mode rules, in order): always with {@code
 * safe-mode: true}; with a stored exit point (a resume after a failure, or the full copy's
 * lock-free window) until the applied position passes it; otherwise, after a start whose previous
 * run may have ended uncleanly, for {@code safe-mode-duration} of wall-clock time.
 */
final class SafeModePolicy {

  private final boolean always;
  private final BinlogPosition exit;
  private final long untilNanos;

  private SafeModePolicy(boolean always, BinlogPosition exit, long untilNanos) {
    this.always = always;
    this.exit = exit;
    this.untilNanos = untilNanos;
  }

  /**
   * @param exit the stored safe-mode exit point, or null
   * @param start where this run starts reading
   */
  static SafeModePolicy atStart(
      boolean always, BinlogPosition exit, BinlogPosition start, Duration duration) {
    if (exit != null && exit.compareTo(start) > 0) {
      return new SafeModePolicy(always, exit, 0);
    }
    return new SafeModePolicy(always, null, System.nanoTime() + duration.toNanos());
  }

  /** Whether the transaction ending at {@code end} is applied in safe mode. */
  boolean active(BinlogPosition end) {
    if (always) {
      return true;
    }
    if (exit != null) {
      return end.compareTo(exit) <= 0;
    }
    return System.nanoTime() < untilNanos;
  }

  BinlogPosition exit() {
    return exit;
  }

  String describe() {
    if (always) {
      return "safe-mode is set in the task";
    }
    return exit != null
        ? "until the position " + exit + " reached before the interruption"
        : "for safe-mode-duration after the start";
  }
}
