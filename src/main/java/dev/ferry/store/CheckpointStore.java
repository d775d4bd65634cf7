package dev.ferry.store;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Binlog checkpoints: per task, one global position per source (where the sync resumes) and one per
 * table (how far each table is applied, which can be ahead of the global one), plus the position
 * until which safe mode stays on after a resume. Positions are read strictly: a row with a missing
 * or invalid field fails with a {@link StoreException}, never a half position.
 *
 * <p>Save the global and the per-table positions of one flush with {@link #save} (or inside {@link
 * StateStore#inTransaction}), so they are committed together.
 */
public final class CheckpointStore {

  private final Sql sql;

  CheckpointStore(Sql sql) {
    this.sql = sql;
  }

  /** Saves the global checkpoint of one source and the given per-table ones, atomically. */
  public void save(
      UUID taskId, String sourceId, BinlogPosition global, Map<TableId, BinlogPosition> tables) {
    Objects.requireNonNull(global, "global");
    sql.call(
        "save the binlog checkpoint of task " + taskId + " source " + sourceId,
        c -> {
          saveGlobal(c, taskId, sourceId, global);
          for (Map.Entry<TableId, BinlogPosition> e : tables.entrySet()) {
            saveTable(c, taskId, new SourceTable(sourceId, e.getKey()), e.getValue());
          }
          return null;
        });
  }

  /** Saves the global checkpoint of one source. */
  public void saveGlobal(UUID taskId, String sourceId, BinlogPosition position) {
    Objects.requireNonNull(position, "position");
    sql.call(
        "save the binlog checkpoint of task " + taskId + " source " + sourceId,
        c -> {
          saveGlobal(c, taskId, sourceId, position);
          return null;
        });
  }

  /** The global checkpoint of one source, if one was saved. */
  public Optional<BinlogPosition> global(UUID taskId, String sourceId) {
    return sql.call(
        "read the binlog checkpoint of task " + taskId + " source " + sourceId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT binlog_file, binlog_pos, gtid_set FROM binlog_checkpoint "
                      + "WHERE task_id = ? AND source_id = ?")) {
            ps.setObject(1, taskId);
            ps.setString(2, sourceId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(globalPosition(rs, taskId, sourceId))
                  : Optional.<BinlogPosition>empty();
            }
          }
        });
  }

  /** The global checkpoints of all sources of the task, by source id. */
  public Map<String, BinlogPosition> globals(UUID taskId) {
    return sql.call(
        "read the binlog checkpoints of task " + taskId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT source_id, binlog_file, binlog_pos, gtid_set FROM binlog_checkpoint "
                      + "WHERE task_id = ?")) {
            ps.setObject(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
              Map<String, BinlogPosition> result = new TreeMap<>();
              while (rs.next()) {
                String sourceId = rs.getString("source_id");
                result.put(sourceId, globalPosition(rs, taskId, sourceId));
              }
              return result;
            }
          }
        });
  }

  /** Saves one table's checkpoint. */
  public void saveTable(UUID taskId, SourceTable table, BinlogPosition position) {
    Objects.requireNonNull(position, "position");
    sql.call(
        "save the binlog checkpoint of task " + taskId + " table " + table,
        c -> {
          saveTable(c, taskId, table, position);
          return null;
        });
  }

  /** One table's checkpoint, if one was saved. */
  public Optional<BinlogPosition> table(UUID taskId, SourceTable table) {
    return sql.call(
        "read the binlog checkpoint of task " + taskId + " table " + table,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT binlog_file, binlog_pos, gtid_set FROM table_checkpoint "
                      + "WHERE task_id = ? AND source_id = ? AND source_schema = ? "
                      + "AND source_table = ?")) {
            ps.setObject(1, taskId);
            Rows.setTable(ps, 2, table);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(tablePosition(rs, taskId, table))
                  : Optional.<BinlogPosition>empty();
            }
          }
        });
  }

  /** The per-table checkpoints of one source. */
  public Map<TableId, BinlogPosition> tables(UUID taskId, String sourceId) {
    return sql.call(
        "read the table checkpoints of task " + taskId + " source " + sourceId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT source_id, source_schema, source_table, binlog_file, binlog_pos, "
                      + "gtid_set FROM table_checkpoint WHERE task_id = ? AND source_id = ?")) {
            ps.setObject(1, taskId);
            ps.setString(2, sourceId);
            try (ResultSet rs = ps.executeQuery()) {
              Map<TableId, BinlogPosition> result = new TreeMap<>();
              while (rs.next()) {
                SourceTable table = Rows.sourceTable(rs);
                result.put(table.table(), tablePosition(rs, taskId, table));
              }
              return result;
            }
          }
        });
  }

  /** Forgets one table's checkpoint (the table was dropped or left the task). */
  public void removeTable(UUID taskId, SourceTable table) {
    sql.call(
        "remove the binlog checkpoint of task " + taskId + " table " + table,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM table_checkpoint WHERE task_id = ? AND source_id = ? "
                      + "AND source_schema = ? AND source_table = ?")) {
            ps.setObject(1, taskId);
            Rows.setTable(ps, 2, table);
            ps.executeUpdate();
          }
          return null;
        });
  }

  /**
   * Sets (or with null clears) the position until which the sync of a source runs in safe mode
   * after a resume: the furthest position applied before the interruption. The source needs a
   * global checkpoint first.
   */
  public void setSafeModeExit(UUID taskId, String sourceId, BinlogPosition position) {
    sql.call(
        "save the safe mode exit of task " + taskId + " source " + sourceId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE binlog_checkpoint SET safe_mode_exit_file = ?, safe_mode_exit_pos = ?, "
                      + "safe_mode_exit_gtid = ?, updated_at = ? WHERE task_id = ? AND source_id = ?")) {
            int i = Rows.setPosition(ps, 1, position);
            Rows.setInstant(ps, i, sql.now());
            ps.setObject(i + 1, taskId);
            ps.setString(i + 2, sourceId);
            if (ps.executeUpdate() == 0) {
              throw new StoreException(
                  "Task "
                      + taskId
                      + " has no binlog checkpoint for source "
                      + sourceId
                      + " yet; save one before its safe mode exit");
            }
          }
          return null;
        });
  }

  /** The safe mode exit of a source, if one is set. */
  public Optional<BinlogPosition> safeModeExit(UUID taskId, String sourceId) {
    return sql.call(
        "read the safe mode exit of task " + taskId + " source " + sourceId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT safe_mode_exit_file, safe_mode_exit_pos, safe_mode_exit_gtid "
                      + "FROM binlog_checkpoint WHERE task_id = ? AND source_id = ?")) {
            ps.setObject(1, taskId);
            ps.setString(2, sourceId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.<BinlogPosition>empty();
              }
              return Optional.ofNullable(
                  Rows.optionalPosition(
                      rs,
                      "safe_mode_exit_file",
                      "safe_mode_exit_pos",
                      "safe_mode_exit_gtid",
                      "safe mode exit of task " + taskId + " source " + sourceId));
            }
          }
        });
  }

  private void saveGlobal(Connection c, UUID taskId, String sourceId, BinlogPosition position)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "MERGE INTO binlog_checkpoint (task_id, source_id, binlog_file, binlog_pos, gtid_set, "
                + "updated_at) KEY (task_id, source_id) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setObject(1, taskId);
      ps.setString(2, sourceId);
      int i = Rows.setPosition(ps, 3, position);
      Rows.setInstant(ps, i, sql.now());
      ps.executeUpdate();
    }
  }

  private void saveTable(Connection c, UUID taskId, SourceTable table, BinlogPosition position)
      throws SQLException {
    Objects.requireNonNull(position, "position of " + table);
    try (PreparedStatement ps =
        c.prepareStatement(
            "MERGE INTO table_checkpoint (task_id, source_id, source_schema, source_table, "
                + "binlog_file, binlog_pos, gtid_set, updated_at) "
                + "KEY (task_id, source_id, source_schema, source_table) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setObject(1, taskId);
      int i = Rows.setTable(ps, 2, table);
      i = Rows.setPosition(ps, i, position);
      Rows.setInstant(ps, i, sql.now());
      ps.executeUpdate();
    }
  }

  private static BinlogPosition globalPosition(ResultSet rs, UUID taskId, String sourceId)
      throws SQLException {
    return Rows.position(
        rs,
        "binlog_file",
        "binlog_pos",
        "gtid_set",
        "binlog checkpoint of task " + taskId + " source " + sourceId);
  }

  private static BinlogPosition tablePosition(ResultSet rs, UUID taskId, SourceTable table)
      throws SQLException {
    return Rows.position(
        rs,
        "binlog_file",
        "binlog_pos",
        "gtid_set",
        "binlog checkpoint of task " + taskId + " table " + table);
  }
}
