package dev.ferry.store;

import static dev.ferry.store.StoreTesting.ITEMS;
import static dev.ferry.store.StoreTesting.ORDERS;
import static dev.ferry.store.StoreTesting.execute;
import static dev.ferry.store.StoreTesting.newTask;
import static dev.ferry.store.StoreTesting.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.TableId;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {

  private static final String SOURCE = "mysql-01";
  private static final BinlogPosition P1 =
      new BinlogPosition("mysql-bin.000007", 1234, "0-1-42,1-2-7");
  private static final BinlogPosition P2 = BinlogPosition.of("mysql-bin.000008", 4);

  @TempDir Path home;
  private StateStore store;
  private CheckpointStore checkpoints;
  private UUID task;

  @BeforeEach
  void openStore() {
    store = open(home);
    checkpoints = store.checkpoints();
    task = newTask(store);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void savesAndLoadsTheGlobalCheckpointWithItsGtidSet() {
    assertThat(checkpoints.global(task, SOURCE)).isEmpty();

    checkpoints.saveGlobal(task, SOURCE, P1);

    BinlogPosition loaded = checkpoints.global(task, SOURCE).orElseThrow();
    assertThat(loaded).isEqualTo(P1);
    assertThat(loaded.gtidSet()).isEqualTo("0-1-42,1-2-7");
  }

  @Test
  void keepsOneGlobalCheckpointPerSource() {
    checkpoints.saveGlobal(task, SOURCE, P1);
    checkpoints.saveGlobal(task, SOURCE, P2);
    checkpoints.saveGlobal(task, "mysql-02", P1);

    assertThat(checkpoints.globals(task)).isEqualTo(Map.of(SOURCE, P2, "mysql-02", P1));
  }

  @Test
  void savesGlobalAndTableCheckpointsTogether() {
    checkpoints.save(task, SOURCE, P2, Map.of(ORDERS.table(), P2, ITEMS.table(), P1));

    assertThat(checkpoints.global(task, SOURCE)).contains(P2);
    assertThat(checkpoints.tables(task, SOURCE))
        .isEqualTo(Map.of(ORDERS.table(), P2, ITEMS.table(), P1));
    assertThat(checkpoints.table(task, ITEMS)).contains(P1);
  }

  @Test
  void removesATableCheckpoint() {
    checkpoints.saveTable(task, ORDERS, P1);
    checkpoints.removeTable(task, ORDERS);
    assertThat(checkpoints.table(task, ORDERS)).isEmpty();
  }

  @Test
  void keepsTheSafeModeExitWhenTheCheckpointMoves() {
    checkpoints.saveGlobal(task, SOURCE, P1);
    checkpoints.setSafeModeExit(task, SOURCE, P2);
    checkpoints.saveGlobal(task, SOURCE, P1);

    assertThat(checkpoints.safeModeExit(task, SOURCE)).contains(P2);

    checkpoints.setSafeModeExit(task, SOURCE, null);
    assertThat(checkpoints.safeModeExit(task, SOURCE)).isEmpty();
  }

  @Test
  void refusesASafeModeExitBeforeAnyCheckpoint() {
    assertThatThrownBy(() -> checkpoints.setSafeModeExit(task, SOURCE, P2))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no binlog checkpoint for source " + SOURCE);
  }

  @Test
  void failsLoudlyOnACheckpointWithAnEmptyFileName() {
    checkpoints.saveGlobal(task, SOURCE, P1);
    execute(store, "UPDATE binlog_checkpoint SET binlog_file = '' WHERE task_id = ?", task);

    assertThatThrownBy(() -> checkpoints.global(task, SOURCE))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("invalid binlog checkpoint of task " + task)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> checkpoints.globals(task)).isInstanceOf(StoreException.class);
  }

  @Test
  void failsLoudlyOnATableCheckpointWithANegativePosition() {
    checkpoints.saveTable(task, ORDERS, P1);
    execute(store, "UPDATE table_checkpoint SET binlog_pos = -1 WHERE task_id = ?", task);

    assertThatThrownBy(() -> checkpoints.tables(task, SOURCE))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("table " + ORDERS)
        .hasMessageContaining("negative");
  }

  @Test
  void failsLoudlyOnAHalfSafeModeExit() {
    checkpoints.saveGlobal(task, SOURCE, P1);
    execute(
        store,
        "UPDATE binlog_checkpoint SET safe_mode_exit_gtid = '0-1-5' WHERE task_id = ?",
        task);

    assertThatThrownBy(() -> checkpoints.safeModeExit(task, SOURCE))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("GTID set but no binlog file");
  }

  @Test
  void theSchemaRefusesAPositionWithoutItsFile() {
    checkpoints.saveGlobal(task, SOURCE, P1);
    assertThatThrownBy(
            () ->
                execute(
                    store,
                    "UPDATE binlog_checkpoint SET binlog_file = NULL WHERE task_id = ?",
                    task))
        .hasCauseInstanceOf(SQLException.class)
        .hasMessageContaining("BINLOG_FILE");
    assertThat(checkpoints.global(task, SOURCE)).contains(P1);
  }

  @Test
  void refusesACheckpointForAnUnknownTask() {
    UUID unknown = UUID.randomUUID();
    assertThatThrownBy(() -> checkpoints.saveGlobal(unknown, SOURCE, P1))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("Could not save the binlog checkpoint of task " + unknown);
  }

  @Test
  void readsTableIdsBackExactly() {
    TableId odd = TableId.of("Shop-DB", "Order Items`x");
    checkpoints.save(task, SOURCE, P1, Map.of(odd, P2));
    assertThat(checkpoints.tables(task, SOURCE)).containsOnlyKeys(odd);
  }
}
