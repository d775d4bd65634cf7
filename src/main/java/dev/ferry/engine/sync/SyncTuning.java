package dev.ferry.engine.sync;

import java.time.Duration;

/**
 * Timings of the sync that are not task options: the binlog heartbeat (idle lag and dead connection
 * detection) and how long the coordinator waits for the next transaction before it does periodic
 * work.
 */
public record SyncTuning(Duration heartbeat, Duration idlePoll) {

  public static SyncTuning defaults() {
    return new SyncTuning(Duration.ofSeconds(1), Duration.ofMillis(100));
  }
}
