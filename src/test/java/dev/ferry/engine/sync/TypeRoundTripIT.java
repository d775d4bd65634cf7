package dev.ferry.engine.sync;

import dev.ferry.testing.MariaDbExtension;
import dev.ferry.testing.MariaDbServer;
import dev.ferry.testing.Sandbox;
import dev.ferry.testing.TableComparison;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Every column type survives the binlog exactly: the torture table, created mid-stream. */
@ExtendWith(MariaDbExtension.class)
class TypeRoundTripIT {

  static final String TORTURE =
      "CREATE TABLE %s.torture ("
          + " id INT PRIMARY KEY,"
          + " ti TINYINT, tiu TINYINT UNSIGNED, si SMALLINT, siu SMALLINT UNSIGNED,"
          + " mi MEDIUMINT, miu MEDIUMINT UNSIGNED, i INT, iu INT UNSIGNED, bi BIGINT, biu BIGINT UNSIGNED,"
          + " d DECIMAL(30,10), d0 DECIMAL(5,0), f FLOAT, db DOUBLE,"
          + " b1 BIT(1), b10 BIT(10), b64 BIT(64),"
          + " dt DATE, dtt DATETIME, dt3 DATETIME(3), dt6 DATETIME(6), ts TIMESTAMP NULL DEFAULT NULL,"
          + " ts6 TIMESTAMP(6) NULL DEFAULT NULL, tm TIME, tm2 TIME(2), tm4 TIME(4), tm6 TIME(6), y YEAR,"
          + " c CHAR(10), vc VARCHAR(100), tx TEXT, l1 VARCHAR(300) CHARACTER SET latin1, l1c CHAR(5) CHARACTER SET latin1,"
          + " bn BINARY(4), vb VARBINARY(300), bl BLOB, lb LONGBLOB,"
          + " e ENUM('a','b','c d'), s SET('x','y','z'), j JSON, g GEOMETRY, p POINT, nul VARCHAR(5) NULL"
          + ") DEFAULT CHARSET=utf8mb4";

  @TempDir Path home;

  @Test
  void everyTypeRoundTripsThroughTheBinlog(Sandbox sandbox) throws Exception {
    MariaDbServer source = sandbox.source();
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    try (SyncRun run = SyncApplyIT.run(home, sandbox, src, tgt, 2, 20)) {
      run.start();
      Thread.sleep(1500);
      String t = "`" + src + "`.torture";
      source.execute(
          "SET SESSION sql_mode = ''",
          String.format(TORTURE, "`" + src + "`"),
          "INSERT INTO "
              + t
              + " VALUES (1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12345.6789, 42, 1.1, 2.2,"
              + " b'1', b'1010101010', b'1', '2024-02-29', '2024-02-29 13:14:15', '2024-02-29 13:14:15.123',"
              + " '2024-02-29 13:14:15.123456', '2024-02-29 13:14:15', '2024-02-29 13:14:15.654321',"
              + " '12:34:56', '12:34:56.78', '12:34:56.7891', '12:34:56.789012', 2024,"
              + " 'ab', 'héllo wörld ✓ 😀', 'text \\\\ with ''quotes''', 'caf\u00e9', 'é',"
              + " 'ab', 'xyz', 'blob', 'long', 'b', 'x,z', '{\"a\": [1, 2.50, \"ü\"], \"b\": null}',"
              + " ST_GeomFromText('POLYGON((0 0,1 0,1 1,0 0))'), POINT(1.5, -2.25), '')",
          "INSERT INTO "
              + t
              + " VALUES (2, -128, 255, -32768, 65535, -8388608, 16777215, -2147483648, 4294967295,"
              + " -9223372036854775808, 18446744073709551615, 99999999999999999999.9999999999, -99999,"
              + " 3.40282e38, 1.7976931348623157e308, b'0', b'1111111111', b'1111111111111111111111111111111111111111111111111111111111111111',"
              + " '0000-00-00', '0000-00-00 00:00:00', '0000-00-00 00:00:00.000', '9999-12-31 23:59:59.999999',"
              + " '1970-01-01 00:00:01', '2038-01-19 03:14:07.999999', '-838:59:59', '-00:00:00.01', '-12:34:56.0001',"
              + " '-00:00:00.000001', 1901, REPEAT('z', 10), '', '', UNHEX('80818D8F909D9EFFE9'), '',"
              + " UNHEX('00FF0A27'), UNHEX('000102030405060708090A0B0C0D0E0F5C27225A1A'), UNHEX(''), REPEAT(UNHEX('FF00'), 40000),"
              + " 'c d', '', '[]', ST_GeomFromText('LINESTRING(0 0,10 10,20 25)'), POINT(0, 0), NULL)",
          "INSERT INTO "
              + t
              + " (id, tm, tm6, y, dt) VALUES (3, '838:59:59', '838:59:59.000000', 0, '2000-01-00')",
          "INSERT INTO " + t + " (id) VALUES (4)");
      source.execute(
          "SET SESSION sql_mode = ''",
          "UPDATE "
              + t
              + " SET vc = 'changed', biu = 18446744073709551614, tm6 = '-837:00:00.5', j = '{\"k\": 1e300}' WHERE id = 1",
          "UPDATE " + t + " SET id = 5 WHERE id = 4",
          "DELETE FROM " + t + " WHERE id = 3");
      source.execute(
          "CREATE TABLE `"
              + src
              + "`.gen (id INT PRIMARY KEY, a INT, v INT AS (a * 2) VIRTUAL,"
              + " s VARCHAR(20) AS (CONCAT('s', a)) PERSISTENT, b VARCHAR(5))",
          "INSERT INTO `" + src + "`.gen (id, a, b) VALUES (1, 1, 'x'), (2, 2, 'y')",
          "UPDATE `" + src + "`.gen SET a = 10 WHERE id = 1",
          "DELETE FROM `" + src + "`.gen WHERE id = 2");
      run.awaitCaughtUp(Duration.ofSeconds(60));
      TableComparison.assertEqual(source, src, "torture", sandbox.target(), tgt, "torture");
      TableComparison.assertEqual(source, src, "gen", sandbox.target(), tgt, "gen");
    }
  }
}
