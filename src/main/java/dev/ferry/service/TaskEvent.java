package dev.ferry.service;

import dev.ferry.domain.EventKind;
import java.time.Instant;

/** One entry of a task's event log as the dashboard shows it. */
public record TaskEvent(Instant at, EventKind kind, String message) {}
