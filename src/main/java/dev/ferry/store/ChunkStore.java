package dev.ferry.store;

import dev.ferry.domain.SourceTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The chunks of the full copy per table: planned as pending, marked copying when a worker starts
 * one, done (with its row count) once the target committed it. Mark a chunk done together with the
 * table's progress in one {@link StateStore#inTransaction transaction}.
 */
public final class ChunkStore {

  private static final String TABLE_MATCH =
      "task_id = ? AND source_id = ? AND source_schema = ? AND source_table = ?";

  private final Sql sql;

  ChunkStore(Sql sql) {
    this.sql = sql;
  }

  /**
   * Adds pending chunks to a table (all at once or as the dump discovers them). An index that is
   * already planned fails: a table is re-planned only after {@link #delete}.
   */
  public void plan(UUID taskId, SourceTable table, List<ChunkRange> ranges) {
    sql.call(
        "plan " + ranges.size() + " chunks of table " + table + " for task " + taskId,
        c -> {
          Instant now = sql.now();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO chunk (task_id, source_id, source_schema, source_table, chunk_index, "
                      + "lower_bound, upper_bound, chunk_state, rows_done, updated_at) "
                      + "VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)")) {
            for (ChunkRange range : ranges) {
              ps.setObject(1, taskId);
              int i = Rows.setTable(ps, 2, table);
              ps.setInt(i, range.index());
              ps.setString(i + 1, range.lowerBound());
              ps.setString(i + 2, range.upperBound());
              Rows.setInstant(ps, i + 3, now);
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  /** Marks a pending (or already copying) chunk as being copied; a done chunk fails. */
  public void markCopying(UUID taskId, SourceTable table, int index) {
    sql.call(
        "mark chunk " + index + " of table " + table + " copying",
        c -> {
          ChunkState state = state(c, taskId, table, index);
          if (state == ChunkState.DONE) {
            throw new StoreException(
                "Chunk "
                    + index
                    + " of table "
                    + table
                    + " is already done; it must not be"
                    + " copied again");
          }
          update(c, taskId, table, index, ChunkState.COPYING, 0);
          return null;
        });
  }

  /** Marks a chunk done with the rows it copied. Call once the target committed the chunk. */
  public void markDone(UUID taskId, SourceTable table, int index, long rows) {
    sql.call(
        "mark chunk " + index + " of table " + table + " done",
        c -> {
          state(c, taskId, table, index);
          update(c, taskId, table, index, ChunkState.DONE, rows);
          return null;
        });
  }

  /** All chunks of a table, by index. */
  public List<Chunk> chunks(UUID taskId, SourceTable table) {
    return query(taskId, table, "");
  }

  /** The chunks of a table still to copy (pending or in flight), by index. */
  public List<Chunk> unfinished(UUID taskId, SourceTable table) {
    return query(taskId, table, " AND chunk_state <> 'DONE'");
  }

  /** The chunk counts of one table. */
  public ChunkCounts counts(UUID taskId, SourceTable table) {
    ChunkCounts counts = countsByTable(taskId, table).get(table);
    return counts == null ? new ChunkCounts(0, 0, 0, 0) : counts;
  }

  /** The chunk counts of every table of the task that has chunks. */
  public Map<SourceTable, ChunkCounts> countsByTable(UUID taskId) {
    return countsByTable(taskId, null);
  }

  /** Forgets a table's chunks (to plan it again); returns how many went. */
  public int delete(UUID taskId, SourceTable table) {
    return sql.call(
        "delete the chunks of table " + table + " for task " + taskId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM chunk WHERE " + TABLE_MATCH)) {
            ps.setObject(1, taskId);
            Rows.setTable(ps, 2, table);
            return ps.executeUpdate();
          }
        });
  }

  private Map<SourceTable, ChunkCounts> countsByTable(UUID taskId, SourceTable only) {
    return sql.call(
        "count the chunks of task " + taskId,
        c -> {
          String where = only == null ? "task_id = ?" : TABLE_MATCH;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT source_id, source_schema, source_table, "
                      + "SUM(CASE WHEN chunk_state = 'PENDING' THEN 1 ELSE 0 END) AS pending, "
                      + "SUM(CASE WHEN chunk_state = 'COPYING' THEN 1 ELSE 0 END) AS copying, "
                      + "SUM(CASE WHEN chunk_state = 'DONE' THEN 1 ELSE 0 END) AS done, "
                      + "SUM(CASE WHEN chunk_state = 'DONE' THEN rows_done ELSE 0 END) AS done_rows "
                      + "FROM chunk WHERE "
                      + where
                      + " GROUP BY source_id, source_schema, source_table")) {
            ps.setObject(1, taskId);
            if (only != null) {
              Rows.setTable(ps, 2, only);
            }
            try (ResultSet rs = ps.executeQuery()) {
              Map<SourceTable, ChunkCounts> result = new TreeMap<>();
              while (rs.next()) {
                result.put(
                    Rows.sourceTable(rs),
                    new ChunkCounts(
                        rs.getInt("pending"),
                        rs.getInt("copying"),
                        rs.getInt("done"),
                        rs.getLong("done_rows")));
              }
              return result;
            }
          }
        });
  }

  private List<Chunk> query(UUID taskId, SourceTable table, String condition) {
    Objects.requireNonNull(table, "table");
    return sql.call(
        "read the chunks of table " + table + " for task " + taskId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT source_id, source_schema, source_table, chunk_index, lower_bound, "
                      + "upper_bound, chunk_state, rows_done, updated_at FROM chunk WHERE "
                      + TABLE_MATCH
                      + condition
                      + " ORDER BY chunk_index")) {
            ps.setObject(1, taskId);
            Rows.setTable(ps, 2, table);
            try (ResultSet rs = ps.executeQuery()) {
              List<Chunk> chunks = new ArrayList<>();
              while (rs.next()) {
                chunks.add(
                    new Chunk(
                        Rows.sourceTable(rs),
                        new ChunkRange(
                            rs.getInt("chunk_index"),
                            rs.getString("lower_bound"),
                            rs.getString("upper_bound")),
                        Rows.enumValue(
                            ChunkState.class, rs.getString("chunk_state"), "chunk state"),
                        rs.getLong("rows_done"),
                        Rows.instant(rs, "updated_at")));
              }
              return chunks;
            }
          }
        });
  }

  private static ChunkState state(Connection c, UUID taskId, SourceTable table, int index)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT chunk_state FROM chunk WHERE "
                + TABLE_MATCH
                + " AND chunk_index = ? FOR UPDATE")) {
      ps.setObject(1, taskId);
      int i = Rows.setTable(ps, 2, table);
      ps.setInt(i, index);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new StoreException(
              "Chunk " + index + " of table " + table + " was never planned for task " + taskId);
        }
        return Rows.enumValue(ChunkState.class, rs.getString(1), "chunk state");
      }
    }
  }

  private void update(
      Connection c, UUID taskId, SourceTable table, int index, ChunkState state, long rows)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE chunk SET chunk_state = ?, rows_done = ?, updated_at = ? WHERE "
                + TABLE_MATCH
                + " AND chunk_index = ?")) {
      ps.setString(1, state.name());
      ps.setLong(2, rows);
      Rows.setInstant(ps, 3, sql.now());
      ps.setObject(4, taskId);
      int i = Rows.setTable(ps, 5, table);
      ps.setInt(i, index);
      ps.executeUpdate();
    }
  }
}
