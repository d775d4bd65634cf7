package dev.ferry.store;

import static dev.ferry.store.StoreTesting.ITEMS;
import static dev.ferry.store.StoreTesting.ORDERS;
import static dev.ferry.store.StoreTesting.execute;
import static dev.ferry.store.StoreTesting.newTask;
import static dev.ferry.store.StoreTesting.open;
import static dev.ferry.store.StoreTesting.queryValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.TableId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateStoreTest {

  @TempDir Path home;

  @Test
  void createsTheSchemaInTheFerryHomeOnFirstOpen() {
    try (StateStore store = open(home)) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latestVersion());
      assertThat(store.databaseFile()).isEqualTo(home.resolve("store/ferry.mv.db"));
      assertThat(Files.exists(store.databaseFile())).isTrue();
    }
  }

  @Test
  void keepsDataAcrossReopeningAndRunsEachMigrationOnce() {
    UUID task;
    try (StateStore store = open(home)) {
      task = newTask(store);
    }
    try (StateStore store = open(home)) {
      assertThat(store.tasks().find(task)).isPresent();
      assertThat(queryValue(store, "SELECT COUNT(*) FROM schema_version"))
          .isEqualTo((long) Migrations.SCRIPTS.size());
    }
  }

  @Test
  void upgradesAVersion1StoreKeepingItsTasks() {
    UUID task;
    try (StateStore store = open(home)) {
      task = newTask(store);
      // what a store written by a Ferry with only V1__task_state.sql looks like
      execute(store, "DROP TABLE ddl_decision");
      execute(store, "DROP TABLE ddl_failure");
      execute(store, "DELETE FROM schema_version WHERE version > 1");
    }
    try (StateStore store = open(home)) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.latestVersion()).isGreaterThan(1);
      assertThat(store.tasks().find(task)).isPresent();
      assertThat(store.ddlDecisions().failure(task, "s1")).isEmpty();
    }
  }

  @Test
  void refusesAStoreWrittenByANewerFerryWithoutChangingIt() throws SQLException {
    UUID task;
    try (StateStore store = open(home)) {
      task = newTask(store);
      execute(
          store,
          "INSERT INTO schema_version (version, script, installed_at) "
              + "VALUES (99, 'V99__future.sql', CURRENT_TIMESTAMP)");
    }

    assertThatThrownBy(() -> open(home))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("newer Ferry")
        .hasMessageContaining("version 99")
        .hasMessageContaining("up to " + Migrations.latestVersion())
        .hasMessageContaining("Upgrade Ferry")
        .hasMessageContaining("not changed");

    // Look with the migrations bypassed: nothing was added or removed.
    String url = StateStore.url(home.resolve("store"));
    try (Connection c = DriverManager.getConnection(url, "ferry", "");
        Statement statement = c.createStatement()) {
      List<Integer> versions = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery("SELECT version FROM schema_version ORDER BY 1")) {
        while (rs.next()) {
          versions.add(rs.getInt(1));
        }
      }
      List<Integer> expected = new ArrayList<>();
      Migrations.SCRIPTS.forEach(script -> expected.add(Migrations.versionOf(script)));
      expected.add(99);
      assertThat(versions).containsExactlyElementsOf(expected);
      try (ResultSet rs =
          statement.executeQuery("SELECT task_name FROM task WHERE task_id = '" + task + "'")) {
        assertThat(rs.next()).isTrue();
      }
    }
  }

  @Test
  void commitsTheWritesOfATransactionTogether() {
    try (StateStore store = open(home)) {
      UUID task = newTask(store);
      store.progress().register(task, ORDERS, TableId.of("shop", "orders"), 1000);
      store.chunks().plan(task, ORDERS, List.of(new ChunkRange(0, null, "500")));

      store.inTransaction(
          tx -> {
            tx.chunks().markDone(task, ORDERS, 0, 500);
            tx.progress().addDone(task, ORDERS, 500, 64_000);
          });

      assertThat(store.chunks().counts(task, ORDERS).done()).isEqualTo(1);
      assertThat(store.progress().table(task, ORDERS).orElseThrow().rowsDone()).isEqualTo(500);
    }
  }

  @Test
  void rollsBackEveryWriteOfAFailedTransaction() {
    try (StateStore store = open(home)) {
      UUID task = newTask(store);
      store.progress().register(task, ORDERS, TableId.of("shop", "orders"), 1000);
      store.chunks().plan(task, ORDERS, List.of(new ChunkRange(0, null, null)));

      assertThatThrownBy(
              () ->
                  store.inTransaction(
                      tx -> {
                        tx.chunks().markDone(task, ORDERS, 0, 500);
                        tx.checkpoints()
                            .saveGlobal(task, "mysql-01", BinlogPosition.of("b.000001", 4));
                        tx.progress().addDone(task, ITEMS, 500, 1); // not registered: fails
                      }))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("not registered");

      assertThat(store.chunks().counts(task, ORDERS).done()).isZero();
      assertThat(store.checkpoints().global(task, "mysql-01")).isEmpty();
    }
  }

  @Test
  void returnsTheResultOfATransaction() {
    try (StateStore store = open(home)) {
      UUID task = newTask(store);
      Map<String, BinlogPosition> globals =
          store.callInTransaction(
              tx -> {
                tx.checkpoints().saveGlobal(task, "a", BinlogPosition.of("b.000002", 10));
                return tx.checkpoints().globals(task);
              });
      assertThat(globals).containsEntry("a", BinlogPosition.of("b.000002", 10));
    }
  }

  @Test
  void keepsWorkingWhenACallingThreadIsInterrupted() throws Exception {
    try (StateStore store = open(home)) {
      UUID task = newTask(store);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread worker =
          new Thread(
              () -> {
                try {
                  for (int i = 0; i < 50; i++) {
                    Thread.currentThread().interrupt();
                    store.checkpoints().saveGlobal(task, "s", BinlogPosition.of("b.000001", i));
                  }
                } catch (Throwable t) {
                  failure.set(t);
                }
              });
      worker.start();
      worker.join();

      assertThat(failure.get()).isNull();
      assertThat(store.checkpoints().global(task, "s")).contains(BinlogPosition.of("b.000001", 49));
    }
    try (StateStore store = open(home)) {
      assertThat(store.tasks().list()).hasSize(1);
    }
  }

  @Test
  void writesEveryCommitToTheFileImmediately() {
    try (StateStore store = open(home)) {
      assertThat(
              queryValue(
                  store,
                  "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                      + "WHERE SETTING_NAME = 'WRITE_DELAY'"))
          .isEqualTo("0");
    }
  }

  @Test
  void twoStoresOnOneHomeSeeEachOthersCommits() {
    try (StateStore first = open(home);
        StateStore second = open(home)) {
      UUID task = newTask(first);
      second.tasks().requestAction(task, TaskAction.PAUSE);
      assertThat(first.tasks().takeRequestedAction(task)).contains(TaskAction.PAUSE);
    }
  }

  @Test
  void refusesCallsAfterClose() {
    StateStore store = open(home);
    store.close();
    assertThatThrownBy(store::tasks)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void failsWithAClearMessageWhenTheHomeIsNotADirectory() throws Exception {
    Path file = Files.writeString(home.resolve("not-a-dir"), "x");
    assertThatThrownBy(() -> open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("Cannot create the state store directory");
  }
}
