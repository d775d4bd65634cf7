package dev.ferry.engine.check;

import dev.ferry.domain.TableId;
import dev.ferry.rules.SystemSchemas;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The source tables a task takes, read from information_schema with four set-wise queries (not one
 * per table), so a source with thousands of tables is read in about a second. An account only sees
 * tables it has some privilege on; the privilege check covers what it cannot see.
 *
 * @param selected base tables the block-allow-list keeps, sorted
 * @param otherTables names of every other base table in the selected schemas (gh-ost/pt-osc shadow
 *     tables are usually among them)
 */
record SourceCatalog(List<TableInfo> selected, List<TableId> otherTables) {

  private record Basic(TableId id, String engine, long rows, long bytes, String collation) {}

  static SourceCatalog read(ServerSession session, TableMapping mapping) {
    List<Basic> basics =
        session.query(
            "SELECT TABLE_SCHEMA, TABLE_NAME, ENGINE, TABLE_ROWS, DATA_LENGTH, TABLE_COLLATION"
                + " FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE'",
            rs ->
                new Basic(
                    TableId.of(rs.getString(1), rs.getString(2)),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getLong(5),
                    rs.getString(6)));
    List<Basic> chosen = new ArrayList<>();
    List<TableId> others = new ArrayList<>();
    TreeSet<String> schemas = new TreeSet<>();
    for (Basic b : basics) {
      if (SystemSchemas.isSystemSchema(b.id().schema()) || !mapping.selectsSchema(b.id().schema())) {
        continue;
      }
      schemas.add(b.id().schema());
      if (mapping.selects(b.id())) {
        chosen.add(b);
      } else {
        others.add(b.id());
      }
    }
    if (chosen.isEmpty()) {
      return new SourceCatalog(List.of(), List.copyOf(others));
    }
    List<String> args = List.copyOf(schemas);
    String in = String.join(", ", Collections.nCopies(args.size(), "?"));
    Map<TableId, List<TableInfo.Column>> columns = new HashMap<>();
    session.query(
        "SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, CHARACTER_SET_NAME,"
            + " COLLATION_NAME, IS_NULLABLE, EXTRA FROM information_schema.COLUMNS"
            + " WHERE TABLE_SCHEMA IN (" + in + ") ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION",
        args,
        rs -> columns
            .computeIfAbsent(TableId.of(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
            .add(
                new TableInfo.Column(
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    "YES".equalsIgnoreCase(rs.getString(7)),
                    String.valueOf(rs.getString(8)).toLowerCase().contains("auto_increment"))));
    Map<TableId, Map<String, List<String>>> keys = new HashMap<>();
    session.query(
        "SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM information_schema.STATISTICS"
            + " WHERE NON_UNIQUE = 0 AND TABLE_SCHEMA IN (" + in + ")"
            + " ORDER BY TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX",
        args,
        rs -> keys
            .computeIfAbsent(TableId.of(rs.getString(1), rs.getString(2)), k -> new LinkedHashMap<>())
            .computeIfAbsent(rs.getString(3), k -> new ArrayList<>())
            .add(rs.getString(4)));
    Map<TableId, List<String>> foreignKeys = new HashMap<>();
    session.query(
        "SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, UNIQUE_CONSTRAINT_SCHEMA,"
            + " REFERENCED_TABLE_NAME FROM information_schema.REFERENTIAL_CONSTRAINTS"
            + " WHERE CONSTRAINT_SCHEMA IN (" + in + ")",
        args,
        rs -> foreignKeys
            .computeIfAbsent(TableId.of(rs.getString(1), rs.getString(2)), k -> new ArrayList<>())
            .add(rs.getString(3) + " → " + rs.getString(4) + "." + rs.getString(5)));
    List<TableInfo> tables = new ArrayList<>();
    for (Basic b : chosen) {
      List<TableInfo.Key> unique = new ArrayList<>();
      keys.getOrDefault(b.id(), Map.of()).forEach((name, cols) -> unique.add(new TableInfo.Key(name, List.copyOf(cols))));
      tables.add(
          new TableInfo(
              b.id(),
              b.engine() == null ? "" : b.engine(),
              Math.max(0, b.rows()),
              Math.max(0, b.bytes()),
              b.collation() == null ? "" : b.collation(),
              List.copyOf(columns.getOrDefault(b.id(), List.of())),
              List.copyOf(unique),
              List.copyOf(foreignKeys.getOrDefault(b.id(), List.of()))));
    }
    tables.sort((a, c) -> a.id().compareTo(c.id()));
    others.sort(null);
    return new SourceCatalog(List.copyOf(tables), List.copyOf(others));
  }

  /** The schemas of the selected tables, sorted. */
  List<String> schemas() {
    return selected.stream().map(t -> t.id().schema()).distinct().sorted().toList();
  }

  long totalRows() {
    return selected.stream().mapToLong(TableInfo::rows).sum();
  }

  long totalBytes() {
    return selected.stream().mapToLong(TableInfo::dataBytes).sum();
  }
}
