package dev.ferry.testing;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Row-level equality of a source table and a target table: both are read in key order, each row's
 * values are hashed, and the first key whose row differs (or exists on one side only) is reported.
 * Counts alone are never enough.
 *
 * <p>The key is the source table's primary key, else a unique key over NOT NULL columns, else all
 * columns. Values are compared as the server's exact text (session time zone pinned to UTC), so
 * types survive exactly or the comparison fails.
 */
public final class TableComparison {

  /** The outcome: row counts and, when the tables differ, a description of the first difference. */
  public record Result(long sourceRows, long targetRows, Optional<String> firstDifference) {
    public boolean equal() {
      return firstDifference.isEmpty();
    }
  }

  private TableComparison() {}

  /** Compares {@code sourceTable} on {@code source} with {@code targetTable} on {@code target}. */
  public static Result compare(
      MariaDbServer source, String sourceDb, String sourceTable,
      MariaDbServer target, String targetDb, String targetTable) {
    try (Connection src = source.connect(); Connection tgt = target.connect()) {
      return compare(src, sourceDb, sourceTable, tgt, targetDb, targetTable);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot compare tables: " + e.getMessage(), e);
    }
  }

  /** Throws an {@link AssertionError} naming the first differing key when the tables differ. */
  public static void assertEqual(
      MariaDbServer source, String sourceDb, String sourceTable,
      MariaDbServer target, String targetDb, String targetTable) {
    Result result = compare(source, sourceDb, sourceTable, target, targetDb, targetTable);
    if (!result.equal()) {
      throw new AssertionError(
          "Table " + sourceDb + "." + sourceTable + " (" + result.sourceRows() + " rows) differs from "
              + targetDb + "." + targetTable + " (" + result.targetRows() + " rows): "
              + result.firstDifference().get());
    }
  }

  public static Result compare(
      Connection src, String sourceDb, String sourceTable,
      Connection tgt, String targetDb, String targetTable) throws SQLException {
    List<String> columns = columns(src, sourceDb, sourceTable);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("No table " + sourceDb + "." + sourceTable + " on the source");
    }
    List<String> key = keyColumns(src, sourceDb, sourceTable, columns);
    String select = "SELECT " + quoteAll(columns) + " FROM %s ORDER BY " + quoteAll(key);
    try (Statement s1 = streaming(src);
        Statement s2 = streaming(tgt);
        ResultSet a = s1.executeQuery(String.format(select, qualified(sourceDb, sourceTable)));
        ResultSet b = s2.executeQuery(String.format(select, qualified(targetDb, targetTable)))) {
      int[] keyIndexes = key.stream().mapToInt(k -> columns.indexOf(k) + 1).toArray();
      long rowsA = 0;
      long rowsB = 0;
      String difference = null;
      boolean hasA = a.next();
      boolean hasB = b.next();
      while (hasA || hasB) {
        if (hasA && hasB) {
          rowsA++;
          rowsB++;
          String keyA = describeKey(a, key, keyIndexes);
          String keyB = describeKey(b, key, keyIndexes);
          if (difference == null) {
            if (!keyA.equals(keyB)) {
              difference = "at row " + rowsA + " the source has key " + keyA + " but the target has " + keyB;
            } else if (!Arrays.equals(rowHash(a, columns.size()), rowHash(b, columns.size()))) {
              difference = "row with key " + keyA + " has different values: " + diffColumns(a, b, columns);
            }
          }
          hasA = a.next();
          hasB = b.next();
        } else if (hasA) {
          rowsA++;
          if (difference == null) {
            difference = "the source has key " + describeKey(a, key, keyIndexes) + " that the target lacks";
          }
          hasA = a.next();
        } else {
          rowsB++;
          if (difference == null) {
            difference = "the target has key " + describeKey(b, key, keyIndexes) + " that the source lacks";
          }
          hasB = b.next();
        }
      }
      return new Result(rowsA, rowsB, Optional.ofNullable(difference));
    }
  }

  static List<String> columns(Connection c, String db, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?"
                + " ORDER BY ORDINAL_POSITION")) {
      ps.setString(1, db);
      ps.setString(2, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
    }
    return columns;
  }

  static List<String> keyColumns(Connection c, String db, String table, List<String> all)
      throws SQLException {
    Map<String, List<String>> unique = new LinkedHashMap<>();
    Map<String, Boolean> allNotNull = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT s.INDEX_NAME, s.COLUMN_NAME, c.IS_NULLABLE FROM information_schema.STATISTICS s"
                + " JOIN information_schema.COLUMNS c ON c.TABLE_SCHEMA = s.TABLE_SCHEMA"
                + " AND c.TABLE_NAME = s.TABLE_NAME AND c.COLUMN_NAME = s.COLUMN_NAME"
                + " WHERE s.TABLE_SCHEMA = ? AND s.TABLE_NAME = ? AND s.NON_UNIQUE = 0"
                + " ORDER BY s.INDEX_NAME = 'PRIMARY' DESC, s.INDEX_NAME, s.SEQ_IN_INDEX")) {
      ps.setString(1, db);
      ps.setString(2, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String index = rs.getString(1);
          unique.computeIfAbsent(index, k -> new ArrayList<>()).add(rs.getString(2));
          allNotNull.merge(index, "NO".equals(rs.getString(3)), Boolean::logicalAnd);
        }
      }
    }
    for (Map.Entry<String, List<String>> index : unique.entrySet()) {
      if (allNotNull.get(index.getKey())) {
        return index.getValue();
      }
    }
    return all;
  }

  private static Statement streaming(Connection c) throws SQLException {
    try (Statement pin = c.createStatement()) {
      pin.execute("SET time_zone = '+00:00'");
    }
    Statement s = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    s.setFetchSize(Integer.MIN_VALUE); // Connector/J: stream rows instead of buffering the table
    return s;
  }

  private static byte[] rowHash(ResultSet rs, int columns) throws SQLException {
    MessageDigest digest = sha256();
    for (int i = 1; i <= columns; i++) {
      byte[] value = rs.getBytes(i);
      if (value == null) {
        digest.update((byte) 0);
      } else {
        digest.update((byte) 1);
        digest.update(ByteBuffer.allocate(4).putInt(value.length).array());
        digest.update(value);
      }
    }
    return digest.digest();
  }

  private static String diffColumns(ResultSet a, ResultSet b, List<String> columns)
      throws SQLException {
    List<String> differing = new ArrayList<>();
    for (int i = 1; i <= columns.size(); i++) {
      if (!Arrays.equals(a.getBytes(i), b.getBytes(i))) {
        differing.add(columns.get(i - 1) + " source=" + a.getString(i) + " target=" + b.getString(i));
      }
    }
    return String.join("; ", differing);
  }

  private static String describeKey(ResultSet rs, List<String> key, int[] indexes)
      throws SQLException {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < indexes.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(key.get(i)).append('=').append(rs.getString(indexes[i]));
    }
    return sb.append(')').toString();
  }

  private static String quoteAll(List<String> names) {
    return String.join(", ", names.stream().map(TableComparison::quote).toList());
  }

  private static String qualified(String db, String table) {
    return quote(db) + "." + quote(table);
  }

  private static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
