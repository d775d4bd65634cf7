package dev.ferry.engine.run;

import dev.ferry.config.TaskConfig;
import dev.ferry.engine.MigrationListener;
import dev.ferry.store.StateStore;
import java.util.UUID;
import java.util.concurrent.ThreadFactory;

/** What a running unit may use. One per run of a task. */
public interface UnitContext {

  UUID taskId();

  /** The frozen task configuration; its secrets are resolved (plain, in memory). */
  TaskConfig config();

  StateStore store();

  ProgressRegistry progress();

  MigrationListener listener();

  /** True once pause or stop was requested: return promptly after flushing checkpoints. */
  boolean stopRequested();

  /** Named daemon threads for this unit: {@code ferry-<task>-<unit>-<n>}. */
  default ThreadFactory threads(String unit) {
    return Threads.named(config().name(), unit);
  }
}
