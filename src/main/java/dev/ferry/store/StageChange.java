package dev.ferry.store;

import dev.ferry.domain.Stage;
import dev.ferry.domain.TaskUnit;
import java.time.Instant;

/**
 * One entry of a task's stage history.
 *
 * @param stage the stage entered
 * @param unit the unit, or null
 * @param reason why (e.g. "paused by the user", an error code), or null
 * @param at when
 */
public record StageChange(Stage stage, TaskUnit unit, String reason, Instant at) {}
