package dev.ferry.store;

import dev.ferry.domain.EventKind;
import java.time.Instant;

/**
 * One entry of a task's event log.
 *
 * @param id increasing within the store; pass the last one seen to {@link EventLog#after} to poll
 * @param at when it happened
 * @param kind what kind of event
 * @param message what to show the user
 */
public record LogEvent(long id, Instant at, EventKind kind, String message) {}
