package dev.ferry.engine;

import dev.ferry.domain.BinlogPosition;

/**
 * The sync unit's state at the moment of a {@link ProgressSnapshot}.
 *
 * @param sourcePosition the newest position the source has written (as last seen)
 * @param appliedPosition the last position committed on the target
 * @param lagSeconds event time of the last applied event vs now, heartbeat-corrected; -1 unknown
 * @param queueDepth changes read but not yet applied
 * @param safeMode whether safe mode (idempotent statements) is on
 */
public record SyncStatus(
    BinlogPosition sourcePosition,
    BinlogPosition appliedPosition,
    double lagSeconds,
    double eventsPerSecond,
    double rowsPerSecond,
    long queueDepth,
    boolean safeMode) {}
