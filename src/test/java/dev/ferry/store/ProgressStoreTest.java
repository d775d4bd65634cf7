package dev.ferry.store;

import static dev.ferry.store.StoreTesting.ITEMS;
import static dev.ferry.store.StoreTesting.NOW;
import static dev.ferry.store.StoreTesting.ORDERS;
import static dev.ferry.store.StoreTesting.newTask;
import static dev.ferry.store.StoreTesting.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.domain.TableId;
import dev.ferry.domain.TablePhase;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {

  private static final TableId TARGET = TableId.of("shop_all", "orders");

  @TempDir Path home;
  private StateStore store;
  private ProgressStore progress;
  private UUID task;

  @BeforeEach
  void openStore() {
    store = open(home);
    progress = store.progress();
    task = newTask(store);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void registersATableAsWaiting() {
    progress.register(task, ORDERS, TARGET, 1_000_000);

    assertThat(progress.table(task, ORDERS))
        .contains(
            new TableProgress(ORDERS, TARGET, TablePhase.WAITING, 1_000_000, 0, 0, null, NOW));
  }

  @Test
  void registeringAgainUpdatesTargetAndEstimateButKeepsCounts() {
    progress.register(task, ORDERS, TARGET, 100);
    progress.setPhase(task, ORDERS, TablePhase.COPYING);
    progress.addDone(task, ORDERS, 40, 4000);

    progress.register(task, ORDERS, TableId.of("other", "orders"), 120);

    TableProgress table = progress.table(task, ORDERS).orElseThrow();
    assertThat(table.target()).isEqualTo(TableId.of("other", "orders"));
    assertThat(table.rowsEstimated()).isEqualTo(120);
    assertThat(table.rowsDone()).isEqualTo(40);
    assertThat(table.phase()).isEqualTo(TablePhase.COPYING);
  }

  @Test
  void addsTheRowsAndBytesOfEachChunk() {
    progress.register(task, ORDERS, TARGET, 100);
    progress.addDone(task, ORDERS, 40, 4000);
    progress.addDone(task, ORDERS, 60, 6000);

    TableProgress table = progress.table(task, ORDERS).orElseThrow();
    assertThat(table.rowsDone()).isEqualTo(100);
    assertThat(table.bytesDone()).isEqualTo(10_000);

    progress.setDone(task, ORDERS, 7, 70);
    assertThat(progress.table(task, ORDERS).orElseThrow().rowsDone()).isEqualTo(7);
  }

  @Test
  void recordsAndClearsATablesError() {
    progress.register(task, ORDERS, TARGET, 100);
    progress.setPhase(task, ORDERS, TablePhase.FAILED);
    progress.setError(task, ORDERS, "Duplicate entry '1' for key 'PRIMARY'");

    assertThat(progress.table(task, ORDERS).orElseThrow().lastError()).contains("Duplicate");
    progress.setError(task, ORDERS, null);
    assertThat(progress.table(task, ORDERS).orElseThrow().lastError()).isNull();
  }

  @Test
  void listsTablesInSourceOrder() {
    progress.register(task, ORDERS, TARGET, 1);
    progress.register(task, ITEMS, TableId.of("shop_all", "items"), 2);
    progress.setEstimate(task, ITEMS, 3);

    assertThat(progress.tables(task))
        .extracting(TableProgress::source)
        .containsExactly(ITEMS, ORDERS);
    assertThat(progress.tables(task).get(0).rowsEstimated()).isEqualTo(3);
  }

  @Test
  void refusesProgressForAnUnregisteredTable() {
    assertThatThrownBy(() -> progress.addDone(task, ORDERS, 1, 1))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("Table " + ORDERS + " is not registered");
  }
}
