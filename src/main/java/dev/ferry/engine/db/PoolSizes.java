package dev.ferry.engine.db;

import dev.ferry.config.SourceConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.domain.TaskMode;

/** How many connections each server gets, from the task's thread counts. */
public final class PoolSizes {

  private PoolSizes() {}

  /**
   * A source: one per dump reader, plus one for the snapshot coordinator (lock / position) and
   * one for metadata queries. Incremental tasks read the binlog over its own connection and need
   * only the metadata one.
   */
  public static int source(SourceConfig source, TaskMode mode) {
    return mode.hasDump() ? Math.max(1, source.dump().threads()) + 2 : 1;
  }

  /**
   * The target, shared by all sources: per source the larger of its load threads and sync
   * workers (the units run one after the other), plus one for DDL and metadata.
   */
  public static int target(TaskConfig task) {
    int total = 1;
    for (SourceConfig s : task.sources()) {
      int load = task.taskMode().hasLoad() ? s.load().threads() : 0;
      int sync = task.taskMode().hasSync() ? s.sync().workerCount() : 0;
      total += Math.max(1, Math.max(load, sync));
    }
    return total;
  }
}
