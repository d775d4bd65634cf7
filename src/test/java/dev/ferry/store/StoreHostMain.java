package dev.ferry.store;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.Stage;
import dev.ferry.domain.TaskUnit;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Child JVM that runs a task the way the engine will: takes the task's run lock, opens the store,
 * saves a checkpoint every few milliseconds and obeys pause requests from other processes. Prints
 * "running" once started and "paused" when it obeyed.
 */
public final class StoreHostMain {

  private StoreHostMain() {}

  public static void main(String[] args) throws InterruptedException {
    StateStore store = StateStore.open(Path.of(args[0]));
    UUID task = UUID.fromString(args[1]);
    TaskLock lock = store.lockTask(task, "shop-to-tidb");
    store.tasks().changeStage(task, Stage.SYNCING, TaskUnit.SYNC, null);
    System.out.println("running " + lock.file());
    System.out.flush();
    for (long n = 1; ; n++) {
      store.checkpoints().saveGlobal(task, "mysql-01", BinlogPosition.of("mysql-bin.000001", n));
      if (store.tasks().takeRequestedAction(task).filter(a -> a == TaskAction.PAUSE).isPresent()) {
        store.tasks().changeStage(task, Stage.PAUSED, TaskUnit.SYNC, "paused by ferry pause");
        System.out.println("paused");
        System.out.flush();
      }
      Thread.sleep(20);
    }
  }
}
