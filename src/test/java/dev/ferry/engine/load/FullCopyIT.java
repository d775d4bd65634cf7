package dev.ferry.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.config.DumpOptions.Consistency;
import dev.ferry.config.LoadOptions.OnExistingTable;
import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TablePhase;
import dev.ferry.engine.FerryException;
import dev.ferry.testing.MariaDbExtension;
import dev.ferry.testing.MariaDbServer;
import dev.ferry.testing.Sandbox;
import dev.ferry.testing.TableComparison;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Several kinds of tables copied in chunks, under each consistency mode. */
@ExtendWith(MariaDbExtension.class)
class FullCopyIT {

  static void createTables(MariaDbServer source, String db) {
    source.execute(
        "CREATE TABLE " + db + ".ints (id BIGINT UNSIGNED PRIMARY KEY, v VARCHAR(40), n INT, KEY k_n (n))",
        "INSERT INTO " + db + ".ints SELECT seq, CONCAT('row ', seq), seq % 97 FROM " + db + ".seq_1_to_3000",
        "CREATE TABLE " + db + ".strkey (a VARCHAR(20) COLLATE utf8mb4_general_ci, b INT, c TEXT,"
            + " PRIMARY KEY (a, b))",
        "INSERT INTO " + db + ".strkey SELECT CONCAT(ELT(1 + seq % 5, 'Ä', 'b', 'z😀', 'É', ''), seq % 50),"
            + " seq, REPEAT('x', seq % 30) FROM " + db + ".seq_1_to_2000",
        "CREATE TABLE " + db + ".nokey (x INT, y TEXT)",
        "INSERT INTO " + db + ".nokey SELECT seq % 10, IF(seq % 3 = 0, NULL, 'dup') FROM " + db + ".seq_1_to_100",
        "CREATE TABLE " + db + ".empty (id INT PRIMARY KEY)");
  }

  @ParameterizedTest
  @EnumSource(Consistency.class)
  void copiesKeyedKeylessCompositeAndEmptyTablesExactly(Consistency mode, Sandbox sandbox, @TempDir Path home)
      throws Exception {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    createTables(sandbox.source(), src);
    sandbox.source().execute("ANALYZE TABLE " + src + ".ints, " + src + ".strkey");
    CopyFixture f = new CopyFixture(home, UUID.randomUUID());
    f.copy(sandbox.source(), sandbox.target(), CopyFixture.settings(2, 500, mode), () -> false)
        .run(CopyFixture.tables(src, tgt, "ints", "strkey", "nokey", "empty"));

    for (String t : List.of("ints", "strkey", "nokey", "empty")) {
      TableComparison.assertEqual(sandbox.source(), src, t, sandbox.target(), tgt, t);
      SourceTable st = SourceTable.of(CopyFixture.SOURCE_ID, src, t);
      assertThat(f.store.chunks().counts(f.taskId, st).allDone()).as(t).isTrue();
      assertThat(f.store.progress().table(f.taskId, st).get().phase()).as(t).isEqualTo(TablePhase.DONE);
    }
    assertThat(f.store.chunks().counts(f.taskId, SourceTable.of("s1", src, "ints")).total()).isGreaterThan(3);
    assertThat(f.store.chunks().counts(f.taskId, SourceTable.of("s1", src, "strkey")).total()).isGreaterThan(2);
    assertThat(f.store.chunks().counts(f.taskId, SourceTable.of("s1", src, "nokey")).total()).isEqualTo(1);
    assertThat(f.store.checkpoints().global(f.taskId, "s1")).isPresent();
    assertThat(f.store.checkpoints().safeModeExit(f.taskId, "s1").isPresent())
        .isEqualTo(mode == Consistency.NONE);
  }

  @Test
  void anExistingTargetTableFailsWithAClearMessageByDefault(Sandbox sandbox, @TempDir Path home) {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    createTables(sandbox.source(), src);
    sandbox.target().execute("CREATE TABLE " + tgt + ".empty (id INT PRIMARY KEY)");
    CopyFixture f = new CopyFixture(home, UUID.randomUUID());
    assertThatThrownBy(
            () -> f.copy(sandbox.source(), sandbox.target(), CopyFixture.settings(1, 500, Consistency.FLUSH), () -> false)
                .run(CopyFixture.tables(src, tgt, "empty")))
        .isInstanceOf(FerryException.class)
        .hasMessageContaining("`" + tgt + "`.`empty`")
        .hasMessageContaining("already exist");
  }

  @Test
  void recreateReplacesAnExistingTargetTable(Sandbox sandbox, @TempDir Path home) throws Exception {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    createTables(sandbox.source(), src);
    sandbox.target().execute("CREATE TABLE " + tgt + ".ints (id INT PRIMARY KEY)", "INSERT INTO " + tgt + ".ints VALUES (-1)");
    CopyFixture f = new CopyFixture(home, UUID.randomUUID());
    f.copy(sandbox.source(), sandbox.target(),
            CopyFixture.settings(2, 1000, Consistency.FLUSH).withExisting(OnExistingTable.RECREATE), () -> false)
        .run(CopyFixture.tables(src, tgt, "ints"));
    TableComparison.assertEqual(sandbox.source(), src, "ints", sandbox.target(), tgt, "ints");
  }
  @Test
  void aPartitionedTableIsCreatedWithItsPartitionsAndCopiedExactly(Sandbox sandbox, @TempDir Path home)
      throws Exception {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    sandbox.source().execute(
        "CREATE TABLE " + src + ".parted (id INT NOT NULL, d DATE NOT NULL, v VARCHAR(10),"
            + " PRIMARY KEY (id, d), KEY v (v)) PARTITION BY RANGE (YEAR(d))"
            + " (PARTITION p0 VALUES LESS THAN (2000), PARTITION p1 VALUES LESS THAN MAXVALUE)",
        "INSERT INTO " + src + ".parted VALUES (1, '1999-01-01', 'a'), (2, '2005-06-07', 'b'),"
            + " (3, '2024-02-29', NULL), (4, '1970-01-01', 'd')");
    CopyFixture f = new CopyFixture(home, UUID.randomUUID());
    f.copy(sandbox.source(), sandbox.target(), CopyFixture.settings(2, 2, Consistency.FLUSH), () -> false)
        .run(CopyFixture.tables(src, tgt, "parted"));
    TableComparison.assertEqual(sandbox.source(), src, "parted", sandbox.target(), tgt, "parted");
    String where = " WHERE TABLE_SCHEMA = '" + tgt + "' AND TABLE_NAME = 'parted'";
    assertThat(sandbox.target().queryString(
            "SELECT GROUP_CONCAT(PARTITION_NAME ORDER BY PARTITION_ORDINAL_POSITION)"
                + " FROM information_schema.PARTITIONS" + where))
        .isEqualTo("p0,p1");
    assertThat(sandbox.target().queryString("SELECT COUNT(*) FROM " + tgt + ".parted PARTITION (p0)"))
        .isEqualTo("2");
    assertThat(sandbox.target().queryString(
            "SELECT COUNT(*) FROM information_schema.STATISTICS" + where + " AND INDEX_NAME = 'v'"))
        .isEqualTo("1"); // the deferred secondary index, added after the rows
  }
}
