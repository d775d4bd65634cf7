package dev.ferry.rules;

import dev.ferry.config.rules.FilterAction;

/**
 * The binlog event filter's verdict: {@link FilterAction#DO} replicates the event, {@link
 * FilterAction#IGNORE} skips it, {@link FilterAction#ERROR} stops the task (DM error 36015).
 *
 * @param ruleName the filter rule that decided, or null when the event is replicated
 */
public record FilterDecision(FilterAction action, String ruleName) {

  static final FilterDecision DO = new FilterDecision(FilterAction.DO, null);
}
