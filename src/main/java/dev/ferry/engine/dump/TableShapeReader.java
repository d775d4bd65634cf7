package dev.ferry.engine.dump;

import dev.ferry.domain.SourceTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a {@link TableShape} from the source's {@code information_schema}. */
public final class TableShapeReader {

  private TableShapeReader() {}

  public static TableShape read(Connection source, SourceTable table) throws SQLException {
    List<Column> columns = columns(source, table);
    if (columns.isEmpty()) {
      throw new SQLException("Table " + table.table() + " does not exist on the source");
    }
    Map<String, Column> byName = new LinkedHashMap<>();
    columns.forEach(c -> byName.put(c.name().toLowerCase(Locale.ROOT), c));
    List<Column> key = new ArrayList<>();
    String keyIndex = chooseKey(source, table, byName, key);
    long[] stats = statistics(source, table);
    return new TableShape(table, columns, key, keyIndex, stats[0], stats[1]);
  }

  private static List<Column> columns(Connection c, SourceTable table) throws SQLException {
    List<Column> columns = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, CHARACTER_SET_NAME, COLLATION_NAME, EXTRA"
                + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?"
                + " ORDER BY ORDINAL_POSITION")) {
      ps.setString(1, table.table().schema());
      ps.setString(2, table.table().table());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String extra = rs.getString(6) == null ? "" : rs.getString(6).toUpperCase(Locale.ROOT);
          columns.add(
              new Column(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  extra.contains("GENERATED")));
        }
      }
    }
    return columns;
  }

  /** Primary key first, else the unique key over NOT NULL columns with the fewest columns. */
  private static String chooseKey(
      Connection c, SourceTable table, Map<String, Column> byName, List<Column> key)
      throws SQLException {
    Map<String, List<String>> unique = new LinkedHashMap<>();
    Map<String, Boolean> usable = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT s.INDEX_NAME, s.COLUMN_NAME, c.IS_NULLABLE, s.SUB_PART"
                + " FROM information_schema.STATISTICS s JOIN information_schema.COLUMNS c"
                + " ON c.TABLE_SCHEMA = s.TABLE_SCHEMA AND c.TABLE_NAME = s.TABLE_NAME"
                + " AND c.COLUMN_NAME = s.COLUMN_NAME"
                + " WHERE s.TABLE_SCHEMA = ? AND s.TABLE_NAME = ? AND s.NON_UNIQUE = 0"
                + " ORDER BY s.INDEX_NAME = 'PRIMARY' DESC, s.INDEX_NAME, s.SEQ_IN_INDEX")) {
      ps.setString(1, table.table().schema());
      ps.setString(2, table.table().table());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String index = rs.getString(1);
          unique.computeIfAbsent(index, k -> new ArrayList<>()).add(rs.getString(2));
          // a prefix index does not order or identify rows by the whole value
          boolean ok = "NO".equals(rs.getString(3)) && rs.getObject(4) == null;
          usable.merge(index, ok, Boolean::logicalAnd);
        }
      }
    }
    String best = null;
    for (Map.Entry<String, List<String>> index : unique.entrySet()) {
      if (!usable.get(index.getKey())) {
        continue;
      }
      if (index.getKey().equals("PRIMARY")) {
        best = "PRIMARY";
        break;
      }
      if (best == null || index.getValue().size() < unique.get(best).size()) {
        best = index.getKey();
      }
    }
    if (best != null) {
      for (String name : unique.get(best)) {
        key.add(byName.get(name.toLowerCase(Locale.ROOT)));
      }
    }
    return best;
  }

  /** Estimated rows and average row length (statistics, may be stale; 0 when unknown). */
  private static long[] statistics(Connection c, SourceTable table) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT TABLE_ROWS, AVG_ROW_LENGTH FROM information_schema.TABLES"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
      ps.setString(1, table.table().schema());
      ps.setString(2, table.table().table());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? new long[] {Math.max(0, rs.getLong(1)), Math.max(0, rs.getLong(2))}
            : new long[] {0, 0};
      }
    }
  }
}
