package dev.ferry.domain;

import java.util.Arrays;
import java.util.Optional;

/** Which units a task runs (DM's {@code task-mode}). */
public enum TaskMode {
  /** Dump + load, then the task is finished. */
  FULL("full", true, true, false),
  /** Sync only, from the configured start position or a checkpoint. */
  INCREMENTAL("incremental", false, false, true),
  /** Dump + load, then sync from the snapshot's binlog position. */
  ALL("all", true, true, true);

  private final String dmName;
  private final boolean dump;
  private final boolean load;
  private final boolean sync;

  TaskMode(String dmName, boolean dump, boolean load, boolean sync) {
    this.dmName = dmName;
    this.dump = dump;
    this.load = load;
    this.sync = sync;
  }

  /** The value DM and project files use: {@code full}, {@code incremental}, {@code all}. */
  public String dmName() {
    return dmName;
  }

  public boolean hasDump() {
    return dump;
  }

  public boolean hasLoad() {
    return load;
  }

  public boolean hasSync() {
    return sync;
  }

  public static Optional<TaskMode> fromDmName(String name) {
    return Arrays.stream(values()).filter(m -> m.dmName.equals(name)).findFirst();
  }
}
