package dev.ferry.engine.sync;

import dev.ferry.config.DumpOptions;
import dev.ferry.config.DumpOptions.Consistency;
import dev.ferry.domain.TaskMode;
import dev.ferry.engine.load.FullCopyUnit;
import dev.ferry.testing.MariaDbExtension;
import dev.ferry.testing.MariaDbServer;
import dev.ferry.testing.Sandbox;
import dev.ferry.testing.TableComparison;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code all} mode: writes run during the full copy; the sync starts at the copy's recorded point.
 */
@ExtendWith(MariaDbExtension.class)
class AllModeIT {

  @TempDir Path home;

  /**
   * Every consistency mode with writes running during the copy: {@code none} reads without a
   * lock, so the sync must replay the window between its two positions in safe mode.
   */
  @ParameterizedTest
  @EnumSource(value = Consistency.class, names = {"FLUSH", "LOCK", "NONE"})
  void writesDuringTheFullCopyEndUpEqualAfterTheSync(Consistency consistency, Sandbox sandbox) throws Exception {
    MariaDbServer source = sandbox.source();
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    String t = "`" + src + "`.items";
    source.execute(
        "CREATE TABLE " + t + " (id INT PRIMARY KEY, n INT, s VARCHAR(30), d DATETIME(6))");
    StringBuilder rows = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      rows.append(i == 0 ? "" : ",")
          .append("(")
          .append(i)
          .append(", 0, 'row ")
          .append(i)
          .append("', NOW(6))");
    }
    source.execute("INSERT INTO " + t + " VALUES " + rows);
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
            SyncRun.options(4, 50),
            SyncRun.noFilters(),
            false,
            null,
            TaskMode.ALL,
            // small chunks and two readers, so the writes land between chunks
            new DumpOptions(2, 1000, null, consistency, ""))) {
      AtomicBoolean copying = new AtomicBoolean(true);
      Thread writer =
          new Thread(
              () -> {
                for (int i = 0; copying.get() || i < 200; i++) {
                  source.execute(
                      "UPDATE " + t + " SET n = n + 1, d = NOW(6) WHERE id = " + (i * 37 % 5000),
                      "INSERT INTO " + t + " VALUES (" + (10_000 + i) + ", 1, 'new', NOW(6))",
                      "DELETE FROM " + t + " WHERE id = " + (i * 53 % 5000));
                }
              });
      writer.start();
      new FullCopyUnit().run(run.context());
      copying.set(false);
      writer.join();
      run.start();
      run.awaitCaughtUp(Duration.ofSeconds(90));
      TableComparison.assertEqual(source, src, "items", sandbox.target(), tgt, "items");
    }
  }

  /**
   * A DDL between the snapshot and the start of the sync: the events before it must be decoded
   * and applied with the table as it was at the snapshot (recorded by the copy), not with the
   * source's schema of when the sync starts.
   */
  @Test
  void aDdlAfterTheSnapshotIsReplayedWithTheSchemaOfTheSnapshot(Sandbox sandbox) throws Exception {
    MariaDbServer source = sandbox.source();
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    String t = "`" + src + "`.people";
    source.execute(
        "CREATE TABLE " + t + " (id INT PRIMARY KEY, a INT, b VARCHAR(20))",
        "INSERT INTO " + t + " VALUES (1, 10, 'one'), (2, 20, 'two')");
    try (SyncRun run =
        new SyncRun(home, UUID.randomUUID(), source, source.host(), source.port(), sandbox.target(), src, tgt,
            SyncRun.options(2, 50), SyncRun.noFilters(), false, null, TaskMode.ALL)) {
      new FullCopyUnit().run(run.context());
      source.execute(
          "INSERT INTO " + t + " VALUES (3, 30, 'three')",
          "UPDATE " + t + " SET a = 11 WHERE id = 1",
          "ALTER TABLE " + t + " CHANGE a c BIGINT, DROP COLUMN b, ADD COLUMN d DATE",
          "INSERT INTO " + t + " VALUES (4, 40, '2026-11-25')",
          "UPDATE " + t + " SET c = 21 WHERE id = 2");
      run.start();
      run.awaitCaughtUp(Duration.ofSeconds(90));
      TableComparison.assertEqual(source, src, "people", sandbox.target(), tgt, "people");
    }
  }
}
