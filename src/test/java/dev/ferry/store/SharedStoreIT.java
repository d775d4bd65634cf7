package dev.ferry.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.EventKind;
import dev.ferry.domain.Stage;
import dev.ferry.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Ferry processes on one store (the window and {@code ferry pause}, say): both read and write
 * it at once, only one may run the task, and the survivor carries on when the other is killed.
 */
class SharedStoreIT {

  @TempDir Path home;

  @Test
  void aSecondProcessActsOnATaskAnotherProcessRuns() {
    UUID task;
    try (StateStore store = StateStore.open(home)) {
      task = StoreTesting.newTask(store);
    }
    try (ChildJvm runner = startRunner(task);
        StateStore store = StateStore.open(home)) {
      // This process reaches the database through the runner's AUTO_SERVER socket.
      long seen = position(store, task);
      await().atMost(Duration.ofSeconds(10)).until(() -> position(store, task) > seen + 5);

      store.tasks().requestAction(task, TaskAction.PAUSE);

      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> store.tasks().get(task).stage() == Stage.PAUSED);
      assertThat(runner.output()).contains("paused");
      assertThat(store.tasks().stageHistory(task))
          .extracting(StageChange::reason)
          .contains("paused by ferry pause");
    }
  }

  @Test
  void onlyOneProcessRunsATaskAndTheLockDiesWithItsHolder() {
    UUID task;
    try (StateStore store = StateStore.open(home)) {
      task = StoreTesting.newTask(store);
    }
    try (ChildJvm runner = startRunner(task);
        StateStore store = StateStore.open(home)) {
      assertThatThrownBy(() -> store.lockTask(task, "shop-to-tidb"))
          .isInstanceOfSatisfying(
              TaskLockedException.class,
              e -> {
                assertThat(e.holder().pid()).isEqualTo(runner.pid());
                assertThat(e.holder().since()).isNotNull();
              })
          .hasMessageContaining("already running in another Ferry process (pid " + runner.pid())
          .hasMessageContaining("since");

      runner.kill9();

      try (TaskLock lock = store.lockTask(task, "shop-to-tidb")) {
        assertThat(lock.isHeld()).isTrue();
      }
    }
  }

  @Test
  void theSurvivorKeepsUsingTheStoreAfterTheServingProcessIsKilled() {
    UUID task;
    try (StateStore store = StateStore.open(home)) {
      task = StoreTesting.newTask(store);
    }
    try (ChildJvm runner = startRunner(task);
        StateStore store = StateStore.open(home)) {
      store.events().append(task, EventKind.INFO, "before");
      runner.kill9();

      // The first calls may meet the broken socket; the store reconnects and serves itself.
      await()
          .atMost(Duration.ofSeconds(30))
          .ignoreExceptions()
          .until(() -> store.events().append(task, EventKind.INFO, "after") > 0);
      assertThat(store.events().recent(task, 10))
          .extracting(LogEvent::message)
          .contains("before", "after");
      assertThat(position(store, task)).isPositive();
    }
    try (StateStore store = StateStore.open(home)) {
      assertThat(store.events().recent(task, 10)).extracting(LogEvent::message).contains("after");
    }
  }

  private ChildJvm startRunner(UUID task) {
    ChildJvm runner =
        ChildJvm.start(
            StoreHostMain.class,
            List.of(home.toString(), task.toString()),
            Map.of("ferry.home", home.toString()),
            Map.of());
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> runner.output().contains("running") || !runner.isAlive());
    assertThat(runner.isAlive()).as(runner.output()).isTrue();
    return runner;
  }

  private static long position(StateStore store, UUID task) {
    return store.checkpoints().global(task, "mysql-01").map(BinlogPosition::position).orElse(0L);
  }
}
