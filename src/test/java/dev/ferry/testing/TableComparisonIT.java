package dev.ferry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The row-by-row equality helper, across the real source and target servers. */
@ExtendWith(MariaDbExtension.class)
class TableComparisonIT {

  private static final String TABLE =
      "CREATE TABLE %s.t (id BIGINT UNSIGNED PRIMARY KEY, name VARCHAR(40) CHARACTER SET utf8mb4,"
          + " amount DECIMAL(20,6), at TIMESTAMP(3) NULL, data VARBINARY(16))";
  private static final String ROWS =
      "INSERT INTO %s.t VALUES (1, 'ä😀', 1.5, '2024-02-29 12:00:00.123', 0x00FF5C27),"
          + " (18446744073709551615, NULL, -0.000001, NULL, ''), (7, '', 0, '1970-01-01 00:00:01', NULL)";

  private String[] load(Sandbox sandbox) {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    sandbox.source().execute(String.format(TABLE, src), String.format(ROWS, src));
    sandbox.target().execute(String.format(TABLE, tgt), String.format(ROWS, tgt));
    return new String[] {src, tgt};
  }

  @Test
  void identicalTablesAreEqual(Sandbox sandbox) {
    String[] db = load(sandbox);
    TableComparison.Result result =
        TableComparison.compare(sandbox.source(), db[0], "t", sandbox.target(), db[1], "t");
    assertThat(result.equal()).isTrue();
    assertThat(result.sourceRows()).isEqualTo(3);
    assertThat(result.targetRows()).isEqualTo(3);
  }

  @Test
  void aChangedValueIsReportedWithItsKeyAndColumn(Sandbox sandbox) {
    String[] db = load(sandbox);
    sandbox.target().execute("UPDATE " + db[1] + ".t SET data = 0x00FF5C28 WHERE id = 1");
    TableComparison.Result result =
        TableComparison.compare(sandbox.source(), db[0], "t", sandbox.target(), db[1], "t");
    assertThat(result.equal()).isFalse();
    assertThat(result.firstDifference().get()).contains("key (id=1)").contains("data");
  }

  @Test
  void sameCountsButDifferentRowsAreNotEqual(Sandbox sandbox) {
    String[] db = load(sandbox);
    sandbox.target().execute(
        "DELETE FROM " + db[1] + ".t WHERE id = 7",
        "INSERT INTO " + db[1] + ".t VALUES (8, '', 0, '1970-01-01 00:00:01', NULL)");
    TableComparison.Result result =
        TableComparison.compare(sandbox.source(), db[0], "t", sandbox.target(), db[1], "t");
    assertThat(result.sourceRows()).isEqualTo(result.targetRows());
    assertThat(result.equal()).isFalse();
    assertThat(result.firstDifference().get()).contains("id=7").contains("id=8");
  }

  @Test
  void aMissingRowFailsTheAssertionNamingTheKey(Sandbox sandbox) {
    String[] db = load(sandbox);
    sandbox.target().execute("DELETE FROM " + db[1] + ".t WHERE id = 18446744073709551615");
    assertThatThrownBy(
            () -> TableComparison.assertEqual(sandbox.source(), db[0], "t", sandbox.target(), db[1], "t"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("id=18446744073709551615")
        .hasMessageContaining("the target lacks");
  }

  @Test
  void tablesWithoutAKeyAreComparedOnAllColumns(Sandbox sandbox) {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    for (String db : new String[] {src, tgt}) {
      var server = db.equals(src) ? sandbox.source() : sandbox.target();
      server.execute("CREATE TABLE " + db + ".nokey (a INT, b VARCHAR(5))",
          "INSERT INTO " + db + ".nokey VALUES (1,'x'),(1,'x'),(2,NULL)");
    }
    assertThat(TableComparison.compare(sandbox.source(), src, "nokey", sandbox.target(), tgt, "nokey").equal())
        .isTrue();
    sandbox.target().execute("UPDATE " + tgt + ".nokey SET b = 'y' WHERE a = 2");
    assertThat(TableComparison.compare(sandbox.source(), src, "nokey", sandbox.target(), tgt, "nokey").equal())
        .isFalse();
  }
}
