package dev.ferry.rules;

/**
 * What the engine does with a binlog event, and why.
 *
 * @param ruleName the binlog filter rule behind {@link Outcome#SKIP_FILTERED} or {@link
 *     Outcome#ERROR}; null otherwise
 */
public record EventDecision(Outcome outcome, String ruleName) {

  /** The possible outcomes, in the order DM checks them. */
  public enum Outcome {
    /** Replicate the event. */
    APPLY,
    /** A statement DM always skips ({@link BuiltInSkips}); the checkpoint still advances. */
    SKIP_BUILT_IN,
    /** A system schema or a table the block-allow-list excludes. */
    SKIP_NOT_MIGRATED,
    /** A binlog filter rule with action Ignore (or a Do rule that does not list the event). */
    SKIP_FILTERED,
    /** A binlog filter rule with action Error: stop the task (DM error 36015). */
    ERROR
  }

  static final EventDecision APPLY = new EventDecision(Outcome.APPLY, null);
  static final EventDecision BUILT_IN = new EventDecision(Outcome.SKIP_BUILT_IN, null);
  static final EventDecision NOT_MIGRATED = new EventDecision(Outcome.SKIP_NOT_MIGRATED, null);

  public boolean isSkip() {
    return outcome != Outcome.APPLY && outcome != Outcome.ERROR;
  }
}
