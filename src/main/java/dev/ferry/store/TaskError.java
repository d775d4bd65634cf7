package dev.ferry.store;

import java.time.Instant;

/**
 * An error shown to the user.
 *
 * @param id the error's id in the store
 * @param code the error code (the engine's {@code ErrorCode} name)
 * @param message what went wrong
 * @param suggestedAction what the user can do, or null
 * @param occurredAt when
 * @param resolved true once the user dealt with it or the task got past it
 * @param resolvedAt when it was resolved, or null
 */
public record TaskError(
    long id,
    String code,
    String message,
    String suggestedAction,
    Instant occurredAt,
    boolean resolved,
    Instant resolvedAt) {}
