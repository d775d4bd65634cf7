package dev.ferry.engine;

import dev.ferry.config.TaskConfig;
import dev.ferry.domain.TaskUnit;
import dev.ferry.engine.load.FullCopyUnit;
import dev.ferry.engine.run.RetryPolicy;
import dev.ferry.engine.run.Unit;
import dev.ferry.engine.sync.SyncUnit;
import dev.ferry.store.StateStore;
import dev.ferry.store.TaskLock;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builds {@link Migration}s with the units this build of Ferry has. */
public final class Engine {

  private Engine() {}

  /**
   * A run of the task {@code taskId}.
   *
   * @param config the task, validated, with every secret resolved to its plain value
   */
  public static Migration migration(
      UUID taskId, Path projectFile, TaskConfig config, StateStore store, MigrationListener listener) {
    return migration(taskId, projectFile, config, store, listener, null);
  }

  /**
   * A run of the task {@code taskId} under a run lock the caller holds (and keeps holding after
   * the run), or that the run takes itself when {@code heldLock} is null.
   */
  public static Migration migration(
      UUID taskId,
      Path projectFile,
      TaskConfig config,
      StateStore store,
      MigrationListener listener,
      TaskLock heldLock) {
    SyncUnit sync = new SyncUnit();
    Map<TaskUnit, Unit> units = units();
    units.put(TaskUnit.SYNC, sync);
    return new Migration(
        taskId, projectFile, config, store, units, listener, RetryPolicy.DEFAULT, sync::status,
        heldLock);
  }

  /** The units this build can run; a task mode needing another one fails with a clear message. */
  public static Set<TaskUnit> availableUnits() {
    Set<TaskUnit> available = java.util.EnumSet.copyOf(units().keySet());
    available.add(TaskUnit.SYNC);
    return available;
  }

  private static Map<TaskUnit, Unit> units() {
    Map<TaskUnit, Unit> units = new EnumMap<>(TaskUnit.class);
    units.put(TaskUnit.CHECK, new PrecheckUnit());
    units.put(TaskUnit.DUMP, new FullCopyUnit()); // dump and load, streamed: one unit
    return units;
  }
}
