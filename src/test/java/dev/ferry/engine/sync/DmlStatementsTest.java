package dev.ferry.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.TableId;
import dev.ferry.engine.ddl.SchemaCatalog;
import dev.ferry.engine.ddl.TableSchema;
import dev.ferry.rules.ExtractedColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

class DmlStatementsTest {

  private static final TableSchema T =
      new SchemaCatalog("utf8mb4")
          .load(
              TableId.of("d", "t"),
              "CREATE TABLE t (id INT NOT NULL, v VARCHAR(5), g INT AS (id + 1) VIRTUAL, PRIMARY KEY (id))");
  private static final TableSchema NO_KEY =
      new SchemaCatalog("utf8mb4").load(TableId.of("d", "n"), "CREATE TABLE n (a INT, b INT)");
  private static final TableId TARGET = TableId.of("x", "t");

  private static RowChange change(
      TableSchema s,
      SourceTransaction.Kind kind,
      Object[] before,
      Object[] after,
      List<ExtractedColumn> extra) {
    return new RowChange(
        kind, s.id(), TARGET, s, extra, before, after, BinlogPosition.of("f.1", 4));
  }

  private static List<String> sql(RowChange c, boolean safe) {
    return DmlStatements.of(c, safe).stream().map(DmlStatements.Statement::sql).toList();
  }

  @Test
  void normalStatementsUseTheKeyAndSkipGeneratedColumns() {
    RowChange u =
        change(
            T,
            SourceTransaction.Kind.UPDATE,
            new Object[] {1L, "a", 2L},
            new Object[] {1L, "b", 2L},
            List.of());
    assertThat(sql(u, false))
        .containsExactly("UPDATE `x`.`t` SET `id` = ?, `v` = ? WHERE `id` = ? LIMIT 1");
    RowChange i =
        change(T, SourceTransaction.Kind.INSERT, null, new Object[] {1L, "a", 2L}, List.of());
    assertThat(sql(i, false)).containsExactly("INSERT INTO `x`.`t` (`id`, `v`) VALUES (?, ?)");
  }

  @Test
  void safeModeReplacesAndDeletesTheOldKeyOnlyWhenItChanged() {
    RowChange same =
        change(
            T,
            SourceTransaction.Kind.UPDATE,
            new Object[] {1L, "a", 2L},
            new Object[] {1L, "b", 2L},
            List.of());
    assertThat(sql(same, true)).containsExactly("REPLACE INTO `x`.`t` (`id`, `v`) VALUES (?, ?)");
    RowChange moved =
        change(
            T,
            SourceTransaction.Kind.UPDATE,
            new Object[] {1L, "a", 2L},
            new Object[] {5L, "a", 6L},
            List.of());
    assertThat(sql(moved, true))
        .containsExactly(
            "DELETE FROM `x`.`t` WHERE `id` = ? LIMIT 1",
            "REPLACE INTO `x`.`t` (`id`, `v`) VALUES (?, ?)");
    RowChange insert =
        change(T, SourceTransaction.Kind.INSERT, null, new Object[] {1L, "a", 2L}, List.of());
    assertThat(sql(insert, true)).containsExactly("REPLACE INTO `x`.`t` (`id`, `v`) VALUES (?, ?)");
  }

  @Test
  void tablesWithoutKeyMatchAllColumnsAndNullsWithIsNull() {
    RowChange d =
        change(NO_KEY, SourceTransaction.Kind.DELETE, new Object[] {1L, null}, null, List.of());
    DmlStatements.Statement s = DmlStatements.of(d, false).get(0);
    assertThat(s.sql()).isEqualTo("DELETE FROM `x`.`t` WHERE `a` = ? AND `b` IS NULL LIMIT 1");
    assertThat(s.params()).containsExactly(1L);
  }

  @Test
  void extractedColumnsAreWrittenAndMatched() {
    List<ExtractedColumn> extra = List.of(new ExtractedColumn("c_table", "t_01"));
    RowChange i = change(T, SourceTransaction.Kind.INSERT, null, new Object[] {1L, "a", 2L}, extra);
    assertThat(sql(i, false))
        .containsExactly("INSERT INTO `x`.`t` (`id`, `v`, `c_table`) VALUES (?, ?, ?)");
    RowChange d = change(T, SourceTransaction.Kind.DELETE, new Object[] {1L, "a", 2L}, null, extra);
    assertThat(sql(d, false))
        .containsExactly("DELETE FROM `x`.`t` WHERE `id` = ? AND `c_table` = ? LIMIT 1");
  }

  @Test
  void multipleRowsDeleteByTheKeyInOneStatement() {
    RowChange a =
        change(T, SourceTransaction.Kind.DELETE, new Object[] {1L, "a", 2L}, null, List.of());
    RowChange b =
        change(T, SourceTransaction.Kind.DELETE, new Object[] {7L, "b", 8L}, null, List.of());
    DmlStatements.Statement s = DmlStatements.deleteMany(List.of(a, b));
    assertThat(s.sql()).isEqualTo("DELETE FROM `x`.`t` WHERE `id` IN (?, ?)");
    assertThat(s.params()).containsExactly(1L, 7L);
    List<DmlStatements.Statement> planned =
        new BatchPlanner(false, true)
            .plan(List.of(new ApplyWorker.Job(a, false), new ApplyWorker.Job(b, true)), false);
    assertThat(planned).extracting(DmlStatements.Statement::sql).containsExactly(s.sql());
  }
}
