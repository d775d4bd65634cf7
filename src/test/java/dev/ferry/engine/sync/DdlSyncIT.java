package dev.ferry.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.rules.BinlogFilterRule;
import dev.ferry.config.rules.FilterAction;
import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import dev.ferry.testing.MariaDbExtension;
import dev.ferry.testing.MariaDbServer;
import dev.ferry.testing.Sandbox;
import dev.ferry.testing.TableComparison;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * DDL in the middle of the stream: tracked, routed, filtered, and skipped or replaced when
 * rejected.
 */
@ExtendWith(MariaDbExtension.class)
class DdlSyncIT {

  @TempDir Path home;

  @Test
  void tableChangesMidStreamKeepSourceAndTargetEqual(Sandbox sandbox) throws Exception {
    MariaDbServer source = sandbox.source();
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    String s = "`" + src + "`.";
    try (SyncRun run = SyncApplyIT.run(home, sandbox, src, tgt, 4, 10)) {
      run.start();
      Thread.sleep(1500);
      source.execute(
          "CREATE TABLE " + s + "t1 (id INT PRIMARY KEY, a INT, b VARCHAR(10))",
          "INSERT INTO " + s + "t1 VALUES (1, 1, 'x'), (2, 2, 'y')",
          "ALTER TABLE " + s + "t1 ADD COLUMN c INT AFTER a, DROP COLUMN b",
          "INSERT INTO " + s + "t1 VALUES (3, 3, 33)",
          "UPDATE " + s + "t1 SET c = id * 10",
          "ALTER TABLE " + s + "t1 MODIFY a BIGINT UNSIGNED, ADD INDEX ia (a)",
          "UPDATE " + s + "t1 SET a = 18446744073709551615 WHERE id = 1",
          "CREATE TABLE " + s + "t2 LIKE " + s + "t1",
          "INSERT INTO " + s + "t2 SELECT * FROM " + s + "t1",
          "RENAME TABLE " + s + "t1 TO " + s + "t3",
          "INSERT INTO " + s + "t3 VALUES (4, 4, 44)",
          "CREATE TABLE " + s + "t4 (k VARCHAR(5) PRIMARY KEY)",
          "INSERT INTO " + s + "t4 VALUES ('k')",
          "DROP TABLE " + s + "t4",
          "TRUNCATE " + s + "t2",
          "INSERT INTO " + s + "t2 VALUES (9, 9, 99)",
          "ALTER TABLE " + s + "t3 CHANGE c cc VARCHAR(20) CHARACTER SET latin1",
          "INSERT INTO " + s + "t3 VALUES (5, 5, 'caf\u00e9')",
          "ALTER TABLE " + s + "t3 DROP PRIMARY KEY, ADD PRIMARY KEY (id, a)",
          "UPDATE " + s + "t3 SET cc = 'z' WHERE id = 2");
      run.awaitCaughtUp(Duration.ofSeconds(60));
      TableComparison.assertEqual(source, src, "t2", sandbox.target(), tgt, "t2");
      TableComparison.assertEqual(source, src, "t3", sandbox.target(), tgt, "t3");
      assertThat(
              sandbox
                  .target()
                  .queryString(
                      "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                          + tgt
                          + "'"))
          .isEqualTo("2");
    }
  }

  @Test
  void filtersIgnoringTruncateAndDropKeepTheTargetsData(Sandbox sandbox) throws Exception {
    MariaDbServer source = sandbox.source();
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    String s = "`" + src + "`.";
    Map<String, BinlogFilterRule> filters =
        Map.of(
            "archive",
            new BinlogFilterRule(
                src, "*", List.of("truncate table", "drop table"), List.of(), FilterAction.IGNORE));
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
            SyncRun.options(2, 10),
            filters,
            false,
            null)) {
      run.start();
      Thread.sleep(1500);
      source.execute(
          "CREATE TABLE " + s + "log (id INT PRIMARY KEY, m VARCHAR(10))",
          "CREATE TABLE " + s + "old (id INT PRIMARY KEY)",
          "INSERT INTO " + s + "log VALUES (1, 'a'), (2, 'b')",
          "INSERT INTO " + s + "old VALUES (1)",
          "TRUNCATE TABLE " + s + "log",
          "INSERT INTO " + s + "log VALUES (3, 'c')",
          "DROP TABLE " + s + "old");
      run.awaitCaughtUp(Duration.ofSeconds(60));
      assertThat(
              sandbox
                  .target()
                  .queryString("SELECT GROUP_CONCAT(id ORDER BY id) FROM `" + tgt + "`.log"))
          .isEqualTo("1,2,3");
      assertThat(sandbox.target().queryString("SELECT COUNT(*) FROM `" + tgt + "`.old"))
          .isEqualTo("1");
    }
  }

  @Test
  void rejectedDdlPausesThenSkipAndReplaceLetTheSyncGoOn(Sandbox sandbox) throws Exception {
    MariaDbServer source = sandbox.source();
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    String s = "`" + src + "`.";
    source.execute("CREATE TABLE " + s + "t (id INT PRIMARY KEY, v VARCHAR(10))");
    // a row only the target has makes it reject a CHECK constraint the source accepts
    sandbox
        .target()
        .execute(
            "CREATE TABLE `" + tgt + "`.t (id INT PRIMARY KEY, v VARCHAR(10))",
            "INSERT INTO `" + tgt + "`.t VALUES (-5, 'extra')");
    UUID task = UUID.randomUUID();
    try (SyncRun run =
        new SyncRun(
            home,
            task,
            source,
            source.host(),
            source.port(),
            sandbox.target(),
            src,
            tgt,
            SyncRun.options(2, 10),
            SyncRun.noFilters(),
            false,
            null)) {
      run.start();
      Thread.sleep(1500);
      source.execute(
          "INSERT INTO " + s + "t VALUES (1, 'a')",
          "ALTER TABLE " + s + "t ADD CONSTRAINT c1 CHECK (id > 0)",
          "INSERT INTO " + s + "t VALUES (2, 'b')");
      Throwable failure = run.awaitFailure(Duration.ofSeconds(30));
      assertThat(failure).isInstanceOf(FerryException.class);
      assertThat(((FerryException) failure).code()).isEqualTo(ErrorCode.TARGET_DDL_REJECTED);
      assertThat(failure.getMessage()).contains("ADD CONSTRAINT c1");
      DdlErrorHandling handling = DdlErrorHandling.of(run.store, task);
      assertThat(handling.failed("src1")).isPresent();

      assertThat(handling.skipFailed("src1")).isTrue();
      run.start();
      source.execute(
          "ALTER TABLE " + s + "t ADD CONSTRAINT c2 CHECK (id > 0)",
          "INSERT INTO " + s + "t VALUES (3, 'c')");
      failure = run.awaitFailure(Duration.ofSeconds(30));
      assertThat(((FerryException) failure).code()).isEqualTo(ErrorCode.TARGET_DDL_REJECTED);
      assertThat(failure.getMessage()).contains("ADD CONSTRAINT c2");

      assertThat(
              handling.replaceFailed(
                  "src1",
                  List.of(
                      "DELETE FROM `" + tgt + "`.t WHERE id < 0",
                      "ALTER TABLE `" + tgt + "`.t ADD CONSTRAINT c2 CHECK (id > 0)")))
          .isTrue();
      run.start();
      source.execute("UPDATE " + s + "t SET v = 'cc' WHERE id = 3");
      run.awaitCaughtUp(Duration.ofSeconds(60));
      TableComparison.assertEqual(source, src, "t", sandbox.target(), tgt, "t");
      assertThat(
              sandbox
                  .target()
                  .queryString(
                      "SELECT COUNT(*) FROM information_schema.CHECK_CONSTRAINTS"
                          + " WHERE CONSTRAINT_SCHEMA = '"
                          + tgt
                          + "' AND CONSTRAINT_NAME IN ('c1', 'c2')"))
          .isEqualTo("1");
      assertThat(handling.failed("src1")).isEmpty();
    }
  }
}
