package dev.ferry.store;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The table schemas the sync tracks, with their history: each version is valid from a binlog
 * position, so events are decoded with the schema of their time, never the source's current one.
 * Positions are ordered as {@link BinlogPosition} orders them; of two versions at the same position
 * the later recorded wins (one statement split into several DDLs).
 */
public final class SchemaStore {

  private static final Comparator<Stored> ORDER =
      Comparator.comparing((Stored s) -> s.version().validFrom()).thenComparingLong(Stored::id);

  private final Sql sql;

  SchemaStore(Sql sql) {
    this.sql = sql;
  }

  /**
   * Records the table's {@code CREATE TABLE} valid from {@code validFrom}; recording the same table
   * and position again replaces it (a DDL replayed after a resume).
   */
  public void record(UUID taskId, SourceTable table, String createTable, BinlogPosition validFrom) {
    Objects.requireNonNull(createTable, "createTable");
    save(taskId, table, createTable, validFrom);
  }

  /** Records that the table was dropped at {@code at}: it has no schema from there on. */
  public void recordDrop(UUID taskId, SourceTable table, BinlogPosition at) {
    save(taskId, table, null, at);
  }

  /** The table's {@code CREATE TABLE} valid at {@code position}; empty if unknown or dropped. */
  public Optional<String> schemaAt(UUID taskId, SourceTable table, BinlogPosition position) {
    return sql.call(
        "read the schema of " + table + " for task " + taskId,
        c -> {
          Stored found = null;
          for (Stored s : load(c, taskId, table.sourceId(), table)) {
            if (s.version().validFrom().compareTo(position) <= 0) {
              found = s;
            }
          }
          return found == null
              ? Optional.<String>empty()
              : Optional.ofNullable(found.version().createTable());
        });
  }

  /** Every table of a source with its schema valid at {@code position} (dropped ones left out). */
  public Map<TableId, String> schemasAt(UUID taskId, String sourceId, BinlogPosition position) {
    return sql.call(
        "read the tracked schemas of task " + taskId + " source " + sourceId,
        c -> {
          Map<TableId, String> result = new TreeMap<>();
          for (Stored s : load(c, taskId, sourceId, null)) {
            if (s.version().validFrom().compareTo(position) <= 0) {
              TableId table = s.version().table().table();
              if (s.version().isDropped()) {
                result.remove(table);
              } else {
                result.put(table, s.version().createTable());
              }
            }
          }
          return result;
        });
  }

  /** All versions of a table, oldest first. */
  public List<SchemaVersion> history(UUID taskId, SourceTable table) {
    return sql.call(
        "read the schema history of " + table + " for task " + taskId,
        c -> load(c, taskId, table.sourceId(), table).stream().map(Stored::version).toList());
  }

  /**
   * Deletes the versions of a source valid only after {@code position} (recorded past the
   * checkpoint a resume starts from; the replay records them again). Returns how many went.
   */
  public int discardAfter(UUID taskId, String sourceId, BinlogPosition position) {
    return sql.call(
        "discard tracked schemas of task " + taskId + " after " + position,
        c -> {
          List<Long> ids = new ArrayList<>();
          for (Stored s : load(c, taskId, sourceId, null)) {
            if (s.version().validFrom().compareTo(position) > 0) {
              ids.add(s.id());
            }
          }
          return delete(c, ids);
        });
  }

  /**
   * Deletes versions no resume can need any more: for each table, those older than its newest
   * version valid at {@code position} (the oldest checkpoint). Returns how many went.
   */
  public int pruneBefore(UUID taskId, String sourceId, BinlogPosition position) {
    return sql.call(
        "prune tracked schemas of task " + taskId + " before " + position,
        c -> {
          Map<TableId, List<Stored>> byTable = new TreeMap<>();
          for (Stored s : load(c, taskId, sourceId, null)) {
            if (s.version().validFrom().compareTo(position) <= 0) {
              byTable.computeIfAbsent(s.version().table().table(), t -> new ArrayList<>()).add(s);
            }
          }
          List<Long> ids = new ArrayList<>();
          for (List<Stored> versions : byTable.values()) {
            versions.subList(0, versions.size() - 1).forEach(s -> ids.add(s.id()));
          }
          return delete(c, ids);
        });
  }

  private void save(UUID taskId, SourceTable table, String createTable, BinlogPosition validFrom) {
    Objects.requireNonNull(validFrom, "validFrom");
    sql.call(
        "record the schema of " + table + " for task " + taskId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO table_schema (task_id, source_id, source_schema, source_table, "
                      + "create_sql, valid_from_file, valid_from_pos, valid_from_gtid, recorded_at) "
                      + "KEY (task_id, source_id, source_schema, source_table, valid_from_file, "
                      + "valid_from_pos) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, taskId);
            int i = Rows.setTable(ps, 2, table);
            ps.setString(i, createTable);
            i = Rows.setPosition(ps, i + 1, validFrom);
            Rows.setInstant(ps, i, sql.now());
            ps.executeUpdate();
          }
          return null;
        });
  }

  private record Stored(long id, SchemaVersion version) {}

  /** The versions of one table, or of the whole source when {@code table} is null, in order. */
  private static List<Stored> load(Connection c, UUID taskId, String sourceId, SourceTable table)
      throws SQLException {
    String sqlText =
        "SELECT id, source_id, source_schema, source_table, create_sql, valid_from_file, "
            + "valid_from_pos, valid_from_gtid, recorded_at FROM table_schema "
            + "WHERE task_id = ? AND source_id = ?"
            + (table == null ? "" : " AND source_schema = ? AND source_table = ?");
    try (PreparedStatement ps = c.prepareStatement(sqlText)) {
      ps.setObject(1, taskId);
      ps.setString(2, sourceId);
      if (table != null) {
        ps.setString(3, table.table().schema());
        ps.setString(4, table.table().table());
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<Stored> result = new ArrayList<>();
        while (rs.next()) {
          SourceTable source = Rows.sourceTable(rs);
          BinlogPosition validFrom =
              Rows.position(
                  rs,
                  "valid_from_file",
                  "valid_from_pos",
                  "valid_from_gtid",
                  "tracked schema of " + source + " for task " + taskId);
          result.add(
              new Stored(
                  rs.getLong("id"),
                  new SchemaVersion(
                      source,
                      rs.getString("create_sql"),
                      validFrom,
                      Rows.instant(rs, "recorded_at"))));
        }
        result.sort(ORDER);
        return result;
      }
    }
  }

  private static int delete(Connection c, List<Long> ids) throws SQLException {
    if (ids.isEmpty()) {
      return 0;
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM table_schema WHERE id = ?")) {
      for (long id : ids) {
        ps.setLong(1, id);
        ps.addBatch();
      }
      int deleted = 0;
      for (int n : ps.executeBatch()) {
        deleted += n;
      }
      return deleted;
    }
  }
}
