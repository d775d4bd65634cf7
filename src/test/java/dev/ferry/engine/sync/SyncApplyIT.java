package dev.ferry.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.SyncOptions;
import dev.ferry.testing.MariaDbExtension;
import dev.ferry.testing.MariaDbServer;
import dev.ferry.testing.Sandbox;
import dev.ferry.testing.TableComparison;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Row changes on several tables, applied by several workers, end up equal row by row. */
@ExtendWith(MariaDbExtension.class)
class SyncApplyIT {

  @TempDir Path home;

  static SyncRun run(Path home, Sandbox sandbox, String src, String tgt, int workers, int batch) {
    MariaDbServer source = sandbox.source();
    return new SyncRun(
        home,
        UUID.randomUUID(),
        source,
        source.host(),
        source.port(),
        sandbox.target(),
        src,
        tgt,
        SyncRun.options(workers, batch),
        SyncRun.noFilters(),
        false,
        null);
  }

  @Test
  void insertsUpdatesAndDeletesOnSeveralTablesWithSeveralWorkersEndUpEqual(Sandbox sandbox)
      throws Exception {
    manyTables(sandbox, SyncRun.options(4, 10));
  }

  @Test
  void compactAndMultipleRowsGiveTheSameResult(Sandbox sandbox) throws Exception {
    SyncOptions o = SyncRun.options(3, 50);
    manyTables(
        sandbox,
        new SyncOptions(
            o.workerCount(),
            o.batch(),
            o.queueSize(),
            o.checkpointFlushInterval(),
            false,
            Duration.ZERO,
            true,
            true));
  }

  private void manyTables(Sandbox sandbox, SyncOptions options) throws Exception {
    MariaDbServer source = sandbox.source();
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    for (String t : new String[] {"a", "b", "c"}) {
      source.execute(
          "CREATE TABLE `" + src + "`." + t + " (id INT PRIMARY KEY, v VARCHAR(20), n INT)");
      sandbox
          .target()
          .execute(
              "CREATE TABLE `" + tgt + "`." + t + " (id INT PRIMARY KEY, v VARCHAR(20), n INT)");
    }
    source.execute("CREATE TABLE `" + src + "`.nokey (x INT, y VARCHAR(10))");
    sandbox.target().execute("CREATE TABLE `" + tgt + "`.nokey (x INT, y VARCHAR(10))");
    try (SyncRun run =
        new SyncRun(
            home,
            UUID.randomUUID(),
            source,
            source.host(),
            source.port(),
            sandbox.target(),
            src,
            tgt,
            options,
            SyncRun.noFilters(),
            false,
            null)) {
      run.start();
      Thread.sleep(1500);
      for (int i = 0; i < 200; i++) {
        String t = new String[] {"a", "b", "c"}[i % 3];
        source.execute(
            "INSERT INTO `" + src + "`." + t + " VALUES (" + i + ", 'v" + i + "', " + i + ")",
            "UPDATE `" + src + "`." + t + " SET n = n + 1 WHERE id = " + (i / 2),
            "INSERT INTO `" + src + "`.nokey VALUES (" + (i % 7) + ", 'y" + i + "')");
        if (i % 5 == 0) {
          source.execute(
              "DELETE FROM `" + src + "`." + t + " WHERE id = " + (i / 3),
              "DELETE FROM `" + src + "`.nokey WHERE x = " + (i % 7) + " LIMIT 1");
        }
      }
      // a multi-row transaction that moves a key: ordering across workers matters
      source.execute(
          "BEGIN",
          "UPDATE `" + src + "`.a SET id = id + 1000 WHERE id < 30",
          "UPDATE `" + src + "`.a SET id = id - 1000 + 1 WHERE id >= 1000 AND id < 1010",
          "COMMIT");
      run.awaitCaughtUp(Duration.ofSeconds(60));
      for (String t : new String[] {"a", "b", "c", "nokey"}) {
        TableComparison.assertEqual(source, src, t, sandbox.target(), tgt, t);
      }
      assertThat(run.unit.status().rowsPerSecond()).isGreaterThanOrEqualTo(0);
      assertThat(run.progress.tables()).isNotEmpty();
    }
  }

  @Test
  void updateChainsOfOneRowAcrossBatchesStayInOrder(Sandbox sandbox) throws Exception {
    MariaDbServer source = sandbox.source();
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    source.execute(
        "CREATE TABLE `"
            + src
            + "`.hot (id INT PRIMARY KEY, n INT, u INT NOT NULL, UNIQUE KEY (u))");
    sandbox
        .target()
        .execute(
            "CREATE TABLE `"
                + tgt
                + "`.hot (id INT PRIMARY KEY, n INT, u INT NOT NULL, UNIQUE KEY (u))");
    try (SyncRun run = run(home, sandbox, src, tgt, 8, 3)) {
      run.start();
      Thread.sleep(1500);
      source.execute("INSERT INTO `" + src + "`.hot VALUES (1, 0, 1), (2, 0, 2), (3, 0, 3)");
      for (int i = 1; i <= 150; i++) {
        source.execute(
            "UPDATE `" + src + "`.hot SET n = " + i + " WHERE id = " + (1 + i % 3),
            // swap unique values through a free one: changes whose keys span two rows
            "UPDATE `" + src + "`.hot SET u = 100 WHERE u = 1",
            "UPDATE `" + src + "`.hot SET u = 1 WHERE u = 2",
            "UPDATE `" + src + "`.hot SET u = 2 WHERE u = 100");
      }
      run.awaitCaughtUp(Duration.ofSeconds(60));
      TableComparison.assertEqual(source, src, "hot", sandbox.target(), tgt, "hot");
    }
  }
}
