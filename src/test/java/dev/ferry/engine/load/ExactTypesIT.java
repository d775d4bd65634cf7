package dev.ferry.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.DumpOptions.Consistency;
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

/** Every MySQL/MariaDB type at its limits survives the copy byte for byte. */
@ExtendWith(MariaDbExtension.class)
class ExactTypesIT {

  static final String TORTURE =
      "CREATE TABLE %s.torture ("
          + " id INT PRIMARY KEY,"
          + " ti TINYINT, tiu TINYINT UNSIGNED, si SMALLINT, siu SMALLINT UNSIGNED,"
          + " mi MEDIUMINT, miu MEDIUMINT UNSIGNED, i INT, iu INT UNSIGNED, bi BIGINT, biu BIGINT UNSIGNED,"
          + " d DECIMAL(65,30), f FLOAT, dbl DOUBLE,"
          + " b1 BIT(1), b7 BIT(7), b64 BIT(64),"
          + " dt DATE, dtm0 DATETIME, dtm3 DATETIME(3), dtm6 DATETIME(6),"
          + " ts0 TIMESTAMP NULL, ts6 TIMESTAMP(6) NULL, tm0 TIME, tm6 TIME(6), y YEAR,"
          + " c CHAR(10) CHARACTER SET utf8mb4, vc VARCHAR(100) CHARACTER SET utf8mb4,"
          + " tx TEXT CHARACTER SET utf8mb4, l1 VARCHAR(50) CHARACTER SET latin1,"
          + " bn BINARY(8), vb VARBINARY(64), bl BLOB,"
          + " e ENUM('a','b','c d'), st SET('x','y','z'), j JSON, g GEOMETRY, pt POINT REF_SYSTEM_ID=4326,"
          + " gen BIGINT AS (i + 1) VIRTUAL, gens VARCHAR(120) AS (CONCAT(vc, '!')) STORED,"
          + " KEY k_vc (vc), UNIQUE KEY u_bi (bi)"
          + ") CHARACTER SET utf8mb4";

  static final String[] ROWS = {
    // upper limits
    "INSERT INTO %s.torture (id, ti, tiu, si, siu, mi, miu, i, iu, bi, biu, d, f, dbl, b1, b7, b64,"
        + " dt, dtm0, dtm3, dtm6, ts0, ts6, tm0, tm6, y, c, vc, tx, l1, bn, vb, bl, e, st, j, g, pt) VALUES"
        + " (1, 127, 255, 32767, 65535, 8388607, 16777215, 2147483647, 4294967295,"
        + " 9223372036854775807, 18446744073709551615,"
        + " 99999999999999999999999999999999999.999999999999999999999999999999,"
        + " 3.40282e38, 1.7976931348623157e308, b'1', b'1111111', b'1111111111111111111111111111111111111111111111111111111111111111',"
        + " '9999-12-31', '9999-12-31 23:59:59', '9999-12-31 23:59:59.999', '9999-12-31 23:59:59.999999',"
        + " '2038-01-19 12:14:07', '2038-01-19 12:14:07.999999', '838:59:59', '838:59:59.000000', 2155,"
        + " 'ä😀中', '😀👍🏽 emoji, tab\\there', 'line1\\nline2\\r\\n\\\\ back \\'q\\' \"dq\" \\0 nul', 'café ÿ',"
        + " 0x00FF5C270A0D0900, 0x005C270AFF, 0x00010203045C270A0D09FF1A, 'c d', 'x,z',"
        + " '{\"a\": [1, 2.5, \"x\\\\\"y\"], \"😀\": null}',"
        + " ST_GeomFromText('POLYGON((0 0,10 0,10 10,0 0))'), ST_GeomFromText('POINT(1.5 -2.25)', 4326))",
    // lower limits and awkward values
    "INSERT INTO %s.torture (id, ti, tiu, si, siu, mi, miu, i, iu, bi, biu, d, f, dbl, b1, b7, b64,"
        + " dt, dtm0, dtm3, dtm6, ts0, ts6, tm0, tm6, y, c, vc, tx, l1, bn, vb, bl, e, st, j, g, pt) VALUES"
        + " (2, -128, 0, -32768, 0, -8388608, 0, -2147483648, 0, -9223372036854775808, 0,"
        + " -99999999999999999999999999999999999.000000000000000000000000000001,"
        + " 1.17549e-38, 4.9e-324, b'0', b'0', b'0',"
        + " '1000-01-01', '1000-01-01 00:00:00', '1000-01-01 00:00:00.001', '1000-01-01 00:00:00.000001',"
        + " '1970-01-01 09:00:01', '1970-01-01 09:00:01.000001', '-838:59:59', '-00:00:00.000001', 1901,"
        + " 'a', 'x', 'y', 'z', 0x01, 0x00, 0x00, 'a', '', '[]',"
        + " ST_GeomFromText('POINT(0 0)'), ST_GeomFromText('POINT(-180 90)', 4326))",
    // fractions that text rounding would lose
    "INSERT INTO %s.torture (id, f, dbl, d, tm6, dtm6, ts6) VALUES"
        + " (3, 0.1, 0.30000000000000004, 0.000000000000000000000000000001, '12:34:56.5', '2024-02-29 12:00:00.5',"
        + " '2024-02-29 12:00:00.123456')",
    "INSERT INTO %s.torture (id, f, dbl) VALUES (4, 16777217, -2.2250738585072014e-308)",
    // NULL everywhere
    "INSERT INTO %s.torture (id) VALUES (5)",
    // empty strings are not NULL
    "INSERT INTO %s.torture (id, c, vc, tx, l1, vb, bl, st, j) VALUES (6, '', '', '', '', '', '', '', '{}')",
  };

  static final String[] ZERO_DATES = {
    "SET SESSION sql_mode = ''",
    "INSERT INTO %s.torture (id, dt, dtm0, dtm6, ts0, ts6, y, tm0) VALUES"
        + " (7, '0000-00-00', '0000-00-00 00:00:00', '0000-00-00 00:00:00.000000', '0000-00-00 00:00:00',"
        + " '0000-00-00 00:00:00.000000', 0000, '00:00:00')",
    "INSERT INTO %s.torture (id, dt, dtm0) VALUES (8, '2024-00-15', '2024-02-00 10:00:00')",
  };

  static void createTorture(MariaDbServer source, String db) {
    source.execute(String.format(TORTURE, db));
    try (var c = source.connect(); var s = c.createStatement()) {
      // inserted in another zone: TIMESTAMP values must still mean the same instant on the target
      s.execute("SET SESSION time_zone = '+09:00'");
      for (String row : ROWS) {
        s.execute(String.format(row, db));
      }
      for (String row : ZERO_DATES) {
        s.execute(row.contains("%s") ? String.format(row, db) : row);
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyTypeAtItsLimitsIsCopiedExactlyWithLoadData(Sandbox sandbox, @TempDir Path home) throws Exception {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    createTorture(sandbox.source(), src);
    String oldZone = sandbox.target().queryString("SELECT @@GLOBAL.time_zone");
    sandbox.target().execute("SET GLOBAL time_zone = '-07:00'");
    try {
      CopyFixture f = new CopyFixture(home, UUID.randomUUID());
      f.copy(sandbox.source(), sandbox.target(), CopyFixture.settings(2, 1000, Consistency.FLUSH), () -> false)
          .run(List.of(CopyFixture.table(src, tgt, "torture")));
    } finally {
      sandbox.target().execute("SET GLOBAL time_zone = '" + oldZone + "'");
    }
    TableComparison.assertEqual(sandbox.source(), src, "torture", sandbox.target(), tgt, "torture");
    assertThat(sandbox.target().queryString("SELECT COUNT(*) FROM " + tgt + ".torture")).isEqualTo("8");
    // deferred indexes were added after the rows
    assertThat(sandbox.target().queryString(
            "SELECT GROUP_CONCAT(DISTINCT INDEX_NAME ORDER BY INDEX_NAME) FROM information_schema.STATISTICS"
                + " WHERE TABLE_SCHEMA = '" + tgt + "' AND TABLE_NAME = 'torture'"))
        .isEqualTo("k_vc,PRIMARY,u_bi");
  }

  @Test
  void everyTypeAtItsLimitsIsCopiedExactlyWithInsertFallback(Sandbox sandbox, @TempDir Path home)
      throws Exception {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    createTorture(sandbox.source(), src);
    CopyFixture f = new CopyFixture(home, UUID.randomUUID());
    String noLocalInfile = sandbox.target().jdbcUrl("").replace("allowLoadLocalInfile=true", "allowLoadLocalInfile=false");
    f.copy(sandbox.source(), noLocalInfile, CopyFixture.settings(1, 1000, Consistency.NONE), () -> false)
        .run(List.of(CopyFixture.table(src, tgt, "torture")));
    TableComparison.assertEqual(sandbox.source(), src, "torture", sandbox.target(), tgt, "torture");
  }
}
