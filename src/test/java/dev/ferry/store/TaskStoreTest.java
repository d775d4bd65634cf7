package dev.ferry.store;

import static dev.ferry.store.StoreTesting.NOW;
import static dev.ferry.store.StoreTesting.ORDERS;
import static dev.ferry.store.StoreTesting.newTask;
import static dev.ferry.store.StoreTesting.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.EventKind;
import dev.ferry.domain.Stage;
import dev.ferry.domain.TableId;
import dev.ferry.domain.TaskMode;
import dev.ferry.domain.TaskUnit;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskStoreTest {

  @TempDir Path home;
  private StateStore store;

  @BeforeEach
  void openStore() {
    store = open(home);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void registersANewTaskInStageNew() {
    UUID id = UUID.randomUUID();
    TaskState task = store.tasks().register(id, "shop", Path.of("/p/shop.ferry"), TaskMode.FULL);

    assertThat(task.taskId()).isEqualTo(id);
    assertThat(task.name()).isEqualTo("shop");
    assertThat(task.projectFile()).isEqualTo(Path.of("/p/shop.ferry"));
    assertThat(task.mode()).isEqualTo(TaskMode.FULL);
    assertThat(task.stage()).isEqualTo(Stage.NEW);
    assertThat(task.unit()).isNull();
    assertThat(task.createdAt()).isEqualTo(NOW);
    assertThat(store.tasks().stageHistory(id))
        .containsExactly(new StageChange(Stage.NEW, null, "registered", NOW));
  }

  @Test
  void registeringAgainUpdatesNameAndPathButKeepsTheStage() {
    UUID id = newTask(store);
    store.tasks().changeStage(id, Stage.SYNCING, TaskUnit.SYNC, null);

    TaskState task = store.tasks().register(id, "renamed", Path.of("/moved/shop.ferry"), null);

    assertThat(task.name()).isEqualTo("renamed");
    assertThat(task.projectFile()).isEqualTo(Path.of("/moved/shop.ferry"));
    assertThat(task.mode()).isEqualTo(TaskMode.ALL);
    assertThat(task.stage()).isEqualTo(Stage.SYNCING);
    assertThat(store.tasks().stageHistory(id)).hasSize(2);
  }

  @Test
  void recordsEveryStageChangeInTheHistoryAndTheEventLog() {
    UUID id = newTask(store);
    store.tasks().changeStage(id, Stage.CHECKING, TaskUnit.CHECK, null);
    store.tasks().changeStage(id, Stage.DUMPING, TaskUnit.DUMP, null);
    store.tasks().changeStage(id, Stage.PAUSED, TaskUnit.DUMP, "paused by the user");

    TaskState task = store.tasks().get(id);
    assertThat(task.stage()).isEqualTo(Stage.PAUSED);
    assertThat(task.unit()).isEqualTo(TaskUnit.DUMP);
    assertThat(store.tasks().stageHistory(id))
        .extracting(StageChange::stage)
        .containsExactly(Stage.NEW, Stage.CHECKING, Stage.DUMPING, Stage.PAUSED);
    List<LogEvent> events = store.events().recent(id, 10);
    assertThat(events).extracting(LogEvent::kind).containsOnly(EventKind.STAGE_CHANGED);
    assertThat(events.get(events.size() - 1).message())
        .isEqualTo("Stage DUMPING → PAUSED (paused by the user)");
  }

  @Test
  void aRequestedActionIsTakenOnce() {
    UUID id = newTask(store);
    store.tasks().requestAction(id, TaskAction.PAUSE);

    assertThat(store.tasks().get(id).pendingAction()).contains(TaskAction.PAUSE);
    assertThat(store.tasks().takeRequestedAction(id)).contains(TaskAction.PAUSE);
    assertThat(store.tasks().takeRequestedAction(id)).isEmpty();
  }

  @Test
  void failsClearlyForAnUnknownTask() {
    UUID unknown = UUID.randomUUID();
    assertThat(store.tasks().find(unknown)).isEmpty();
    assertThatThrownBy(() -> store.tasks().get(unknown))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no task " + unknown);
    assertThatThrownBy(() -> store.tasks().changeStage(unknown, Stage.CHECKING, null, null))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no task " + unknown);
  }

  @Test
  void listsEveryTask() {
    UUID a = newTask(store);
    UUID b = newTask(store);
    assertThat(store.tasks().list()).extracting(TaskState::taskId).containsExactlyInAnyOrder(a, b);
  }

  @Test
  void resetForgetsWhatTheTaskDidAndReturnsItToNew() {
    UUID id = newTask(store);
    store.progress().register(id, ORDERS, TableId.of("shop", "orders"), 10);
    store.chunks().plan(id, ORDERS, List.of(new ChunkRange(0, null, null)));
    store.checkpoints().saveGlobal(id, "mysql-01", BinlogPosition.of("b.000001", 4));
    store.errors().record(id, "E1", "boom", null);
    store.tasks().changeStage(id, Stage.FAILED, TaskUnit.DUMP, "E1");

    store.tasks().resetState(id, "started over by the user");

    assertThat(store.tasks().get(id).stage()).isEqualTo(Stage.NEW);
    assertThat(store.progress().tables(id)).isEmpty();
    assertThat(store.chunks().chunks(id, ORDERS)).isEmpty();
    assertThat(store.checkpoints().globals(id)).isEmpty();
    assertThat(store.errors().all(id)).isEmpty();
    assertThat(store.tasks().stageHistory(id)).hasSize(3);
  }

  @Test
  void deletingATaskRemovesEverythingStoredAboutIt() {
    UUID id = newTask(store);
    store.progress().register(id, ORDERS, TableId.of("shop", "orders"), 10);
    store.events().append(id, EventKind.INFO, "hello");

    assertThat(store.tasks().delete(id)).isTrue();

    assertThat(store.tasks().find(id)).isEmpty();
    assertThat(store.progress().tables(id)).isEmpty();
    assertThat(store.events().recent(id, 10)).isEmpty();
    assertThat(store.tasks().delete(id)).isFalse();
  }
}
