package dev.ferry.engine.sync;

import dev.ferry.config.StartPosition;
import dev.ferry.config.SyncOptions;
import dev.ferry.config.TaskConfig;
import dev.ferry.domain.TaskMode;
import dev.ferry.engine.MigrationListener;
import dev.ferry.engine.run.ProgressRegistry;
import dev.ferry.engine.run.RunContext;
import dev.ferry.store.StateStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * Runs a sync in a child JVM until it is killed: {@code home taskId sourceHost sourcePort
 * targetHost targetPort sourceDb targetDb}. Used by the crash test, which kills it with SIGKILL.
 */
public final class SyncChildMain {

  private SyncChildMain() {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    UUID taskId = UUID.fromString(args[1]);
    SyncOptions options =
        new SyncOptions(
            4, 20, 256, Duration.ofMillis(300), false, Duration.ofSeconds(120), false, false);
    TaskConfig config =
        SyncRun.config(
            args[2],
            Integer.parseInt(args[3]),
            args[4],
            Integer.parseInt(args[5]),
            args[6],
            args[7],
            options,
            SyncRun.noFilters(),
            false,
            // the test's start position, so events written while this JVM starts are not missed
            args.length > 9 ? new StartPosition(args[8], Long.parseLong(args[9]), null) : null);
    try (StateStore store = StateStore.open(home)) {
      if (store.tasks().find(taskId).isEmpty()) {
        store.tasks().register(taskId, "crash", null, TaskMode.INCREMENTAL);
      }
      SyncUnit unit = new SyncUnit(new SyncTuning(Duration.ofMillis(500), Duration.ofMillis(20)));
      System.out.println("sync starting");
      unit.run(
          new RunContext(
              taskId, config, store, new ProgressRegistry(), MigrationListener.NONE, () -> false));
    }
  }
}
