package dev.ferry.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ferry.config.SourceConfig;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.domain.EventKind;
import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import dev.ferry.domain.TablePhase;
import dev.ferry.domain.Stage;
import dev.ferry.domain.TaskMode;
import dev.ferry.domain.TaskUnit;
import dev.ferry.engine.run.RetryPolicy;
import dev.ferry.engine.run.Unit;
import dev.ferry.engine.run.UnitContext;
import dev.ferry.store.StageChange;
import dev.ferry.store.StateStore;
import dev.ferry.store.TaskAction;
import dev.ferry.store.TaskLock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lifecycle around units, with a real state store and scripted units. */
class MigrationTest {

  @TempDir Path home;
  private StateStore store;
  private final UUID taskId = UUID.randomUUID();
  private final List<TaskUnit> ran = new ArrayList<>();
  private static final RetryPolicy FAST = new RetryPolicy(Duration.ofMillis(10), Duration.ofMillis(40));

  @BeforeEach
  void open() {
    store = StateStore.open(home);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static TaskConfig task(TaskMode mode) {
    return new TaskConfig("shop", mode, null, false, null, "", null, null, true, null,
        new TargetConfig("127.0.0.1", 4000, "root", null, null, null),
        List.of(new SourceConfig("s1", "127.0.0.1", 3306, "root", null, null, null, false, null,
            null, null, null, null)),
        null);
  }

  private Unit recording(TaskUnit kind) {
    return new Unit() {
      @Override
      public TaskUnit kind() {
        return kind;
      }

      @Override
      public void run(UnitContext context) {
        ran.add(kind);
      }
    };
  }

  private Map<TaskUnit, Unit> allUnits() {
    Map<TaskUnit, Unit> units = new EnumMap<>(TaskUnit.class);
    for (TaskUnit u : TaskUnit.values()) {
      units.put(u, recording(u));
    }
    return units;
  }

  private Migration migration(TaskMode mode, Map<TaskUnit, Unit> units) {
    return new Migration(taskId, home.resolve("shop.ferry"), task(mode), store, units, null, FAST, null);
  }

  @Test
  void fullTaskRunsCheckThenTheCopyAndFinishesWithEveryStagePersisted() {
    Migration m = migration(TaskMode.FULL, allUnits());
    m.run();
    assertThat(ran).containsExactly(TaskUnit.CHECK, TaskUnit.DUMP);
    assertThat(m.snapshot().stage()).isEqualTo(Stage.FINISHED);
    assertThat(store.tasks().stageHistory(taskId))
        .extracting(StageChange::stage)
        .containsSubsequence(Stage.CHECKING, Stage.DUMPING, Stage.FINISHED);
  }

  @Test
  void transientFaultIsRetriedWithBackOffAndLogged() {
    AtomicInteger calls = new AtomicInteger();
    Map<TaskUnit, Unit> units = allUnits();
    units.put(TaskUnit.DUMP, new Unit() {
      @Override
      public TaskUnit kind() {
        return TaskUnit.DUMP;
      }

      @Override
      public void run(UnitContext context) {
        if (calls.incrementAndGet() < 3) {
          throw new FerryException(ErrorCode.CONNECTION_LOST, "target", "reset by peer");
        }
        ran.add(TaskUnit.DUMP);
      }
    });
    Migration m = migration(TaskMode.FULL, units);
    m.run();
    assertThat(calls).hasValue(3);
    assertThat(m.snapshot().stage()).isEqualTo(Stage.FINISHED);
    assertThat(store.events().recent(taskId, 50))
        .filteredOn(e -> e.kind() == EventKind.RETRY)
        .hasSize(2);
  }

  @Test
  void nonRetryableErrorPausesWithMessageAndActionThenResumesAtThatUnit() {
    Map<TaskUnit, Unit> units = allUnits();
    units.put(TaskUnit.DUMP, new Unit() {
      @Override
      public TaskUnit kind() {
        return TaskUnit.DUMP;
      }

      @Override
      public void run(UnitContext context) {
        throw new FerryException(ErrorCode.AUTH_FAILED, "target", "Access denied");
      }
    });
    Migration first = migration(TaskMode.FULL, units);
    first.run();
    ProgressSnapshot snapshot = first.snapshot();
    assertThat(snapshot.stage()).isEqualTo(Stage.PAUSED);
    assertThat(snapshot.lastError().code()).isEqualTo("FERRY-2003");
    assertThat(snapshot.lastError().action()).contains("password");
    assertThat(store.errors().open(taskId)).hasSize(1);

    ran.clear();
    Migration second = migration(TaskMode.FULL, allUnits());
    second.run();
    assertThat(ran).containsExactly(TaskUnit.CHECK, TaskUnit.DUMP);
    assertThat(second.snapshot().stage()).isEqualTo(Stage.FINISHED);
  }

  @Test
  void pauseRequestedThroughTheStoreStopsARunningUnitPromptly() throws Exception {
    Map<TaskUnit, Unit> units = allUnits();
    units.put(TaskUnit.SYNC, new Unit() {
      @Override
      public TaskUnit kind() {
        return TaskUnit.SYNC;
      }

      @Override
      public void run(UnitContext context) throws InterruptedException {
        while (!context.stopRequested()) {
          Thread.sleep(20);
        }
      }
    });
    Migration m = migration(TaskMode.INCREMENTAL, units);
    Thread t = new Thread(m);
    t.start();
    await().atMost(Duration.ofSeconds(10)).until(() -> m.snapshot().stage() == Stage.SYNCING);
    store.tasks().requestAction(taskId, TaskAction.PAUSE);
    t.join(5_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(m.snapshot().stage()).isEqualTo(Stage.PAUSED);
    assertThat(store.tasks().get(taskId).stage()).isEqualTo(Stage.PAUSED);
  }

  @Test
  void aUnitThisBuildLacksFailsWithAClearMessage() {
    Map<TaskUnit, Unit> units = allUnits();
    units.remove(TaskUnit.SYNC);
    Migration m = migration(TaskMode.INCREMENTAL, units);
    m.run();
    assertThat(m.snapshot().stage()).isEqualTo(Stage.FAILED);
    assertThat(m.snapshot().lastError().message()).contains("sync unit is not available");
  }

  @Test
  void aRunUnderALockTheCallerHoldsLeavesItHeldSoNoOtherRunCanStart() {
    try (TaskLock held = store.lockTask(taskId, "shop")) {
      Migration first = new Migration(taskId, home.resolve("shop.ferry"), task(TaskMode.FULL), store,
          allUnits(), null, FAST, null, held);
      first.run();
      assertThat(first.snapshot().stage()).isEqualTo(Stage.FINISHED);
      assertThat(held.isHeld()).as("the caller's lock outlives the run").isTrue();

      Migration second = migration(TaskMode.FULL, allUnits());
      second.run();
      assertThat(second.snapshot().lastError().code()).isEqualTo(ErrorCode.TASK_LOCKED.id());
    }
    Migration third = migration(TaskMode.FULL, allUnits());
    third.run();
    assertThat(third.snapshot().lastError()).isNull();
  }

  @Test
  void aResumeStraightIntoTheSyncShowsTheTablesEarlierRunsCopied() {
    SourceTable orders = SourceTable.of("s1", "shop", "orders");
    store.tasks().register(taskId, "shop", home.resolve("shop.ferry"), TaskMode.ALL);
    store.progress().register(taskId, orders, TableId.of("shop", "orders"), 900);
    store.progress().addDone(taskId, orders, 1_000, 64_000);
    store.progress().setEstimate(taskId, orders, 1_000);
    store.progress().setPhase(taskId, orders, TablePhase.DONE);
    store.tasks().changeStage(taskId, Stage.SYNCING, TaskUnit.SYNC, "copy done");
    List<ProgressSnapshot> seen = new ArrayList<>();
    Map<TaskUnit, Unit> units = allUnits();
    Migration[] m = new Migration[1];
    units.put(TaskUnit.SYNC, new Unit() {
      @Override
      public TaskUnit kind() {
        return TaskUnit.SYNC;
      }

      @Override
      public void run(UnitContext context) {
        ran.add(TaskUnit.SYNC);
        seen.add(m[0].snapshot());
      }
    });
    m[0] = migration(TaskMode.ALL, units);
    m[0].run();

    assertThat(ran).as("the copy is not run again").containsExactly(TaskUnit.CHECK, TaskUnit.SYNC);
    ProgressSnapshot during = seen.get(0);
    assertThat(during.tables()).singleElement().satisfies(t -> {
      assertThat(t.source()).isEqualTo(orders);
      assertThat(t.phase()).isEqualTo(TablePhase.DONE);
      assertThat(t.rowsDone()).isEqualTo(1_000);
      assertThat(t.rowsEstimated()).isEqualTo(1_000);
    });
    assertThat(during.rowsDone()).isEqualTo(1_000);
    assertThat(during.tablesDone()).isEqualTo(1);
  }
}
