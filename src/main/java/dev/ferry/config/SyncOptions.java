package dev.ferry.config;

import java.time.Duration;

/**
 * Options of the sync unit (DM {@code syncers}), with DM's defaults.
 *
 * @param workerCount parallel apply connections (DM {@code worker-count}, 16)
 * @param batch max statements per target transaction (DM {@code batch}, 100)
 * @param queueSize internal queue capacity factor (DM {@code queue-size}, 1024)
 * @param checkpointFlushInterval how often checkpoints are flushed (DM {@code
 *     checkpoint-flush-interval}, 30 s)
 * @param safeMode keep safe mode on for the whole run (DM {@code safe-mode}, false)
 * @param safeModeDuration automatic safe mode after an unclean restart (DM {@code
 *     safe-mode-duration}, default twice the flush interval); null means the default
 * @param compact merge consecutive changes of the same row (DM {@code compact}, false)
 * @param multipleRows merge same-type statements into multi-row SQL (DM {@code multiple-rows},
 *     false)
 */
public record SyncOptions(
    int workerCount,
    int batch,
    int queueSize,
    Duration checkpointFlushInterval,
    boolean safeMode,
    Duration safeModeDuration,
    boolean compact,
    boolean multipleRows) {

  public static final int DEFAULT_WORKER_COUNT = 16;
  public static final int DEFAULT_BATCH = 100;
  public static final int DEFAULT_QUEUE_SIZE = 1024;
  public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofSeconds(30);

  public SyncOptions {
    checkpointFlushInterval =
        checkpointFlushInterval == null ? DEFAULT_FLUSH_INTERVAL : checkpointFlushInterval;
  }

  /** The safe-mode window after an unclean restart: the configured value or 2 × flush interval. */
  public Duration effectiveSafeModeDuration() {
    return safeModeDuration != null ? safeModeDuration : checkpointFlushInterval.multipliedBy(2);
  }

  public static SyncOptions defaults() {
    return new SyncOptions(
        DEFAULT_WORKER_COUNT,
        DEFAULT_BATCH,
        DEFAULT_QUEUE_SIZE,
        DEFAULT_FLUSH_INTERVAL,
        false,
        null,
        false,
        false);
  }
}
