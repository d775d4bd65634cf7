package dev.ferry.store;

import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import dev.ferry.domain.TablePhase;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Per-table progress of the full copy as last committed (the live counters are in the engine; this
 * is what a restart and {@code ferry status} see). Add a chunk's rows in the same transaction that
 * marks the chunk done, so the two never disagree.
 */
public final class ProgressStore {

  private static final String TABLE_MATCH =
      "task_id = ? AND source_id = ? AND source_schema = ? AND source_table = ?";
  private static final String COLUMNS =
      "source_id, source_schema, source_table, target_schema, target_table, phase, rows_estimated, "
          + "rows_done, bytes_done, last_error, updated_at";

  private final Sql sql;

  ProgressStore(Sql sql) {
    this.sql = sql;
  }

  /**
   * Adds a table in phase {@code WAITING}; when it is already there, updates its target and
   * estimate and keeps its counts and phase.
   */
  public void register(UUID taskId, SourceTable source, TableId target, long rowsEstimated) {
    Objects.requireNonNull(target, "target");
    sql.call(
        "register table " + source + " for task " + taskId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO table_progress t USING (VALUES (CAST(? AS UUID), ?, ?, ?)) "
                      + "AS s (task_id, source_id, source_schema, source_table) "
                      + "ON t.task_id = s.task_id AND t.source_id = s.source_id "
                      + "AND t.source_schema = s.source_schema AND t.source_table = s.source_table "
                      + "WHEN MATCHED THEN UPDATE SET target_schema = ?, target_table = ?, "
                      + "rows_estimated = ?, updated_at = ? "
                      + "WHEN NOT MATCHED THEN INSERT (task_id, source_id, source_schema, "
                      + "source_table, target_schema, target_table, phase, rows_estimated, "
                      + "rows_done, bytes_done, updated_at) VALUES (s.task_id, s.source_id, "
                      + "s.source_schema, s.source_table, ?, ?, 'WAITING', ?, 0, 0, ?)")) {
            ps.setObject(1, taskId);
            int i = Rows.setTable(ps, 2, source);
            for (int round = 0; round < 2; round++) {
              ps.setString(i++, target.schema());
              ps.setString(i++, target.table());
              ps.setLong(i++, rowsEstimated);
              Rows.setInstant(ps, i++, sql.now());
            }
            ps.executeUpdate();
          }
          return null;
        });
  }

  /** Sets the table's phase. */
  public void setPhase(UUID taskId, SourceTable source, TablePhase phase) {
    Objects.requireNonNull(phase, "phase");
    update(taskId, source, "set the phase of", "phase = ?", ps -> ps.setString(1, phase.name()));
  }

  /** Replaces the row estimate (e.g. refined as chunks finish). */
  public void setEstimate(UUID taskId, SourceTable source, long rowsEstimated) {
    update(
        taskId,
        source,
        "set the estimate of",
        "rows_estimated = ?",
        ps -> ps.setLong(1, rowsEstimated));
  }

  /** Adds a committed chunk's rows and bytes to the table's counts. */
  public void addDone(UUID taskId, SourceTable source, long rows, long bytes) {
    update(
        taskId,
        source,
        "add rows to",
        "rows_done = rows_done + ?, bytes_done = bytes_done + ?",
        ps -> {
          ps.setLong(1, rows);
          ps.setLong(2, bytes);
        });
  }

  /** Replaces the table's counts (e.g. recomputed from its done chunks on resume). */
  public void setDone(UUID taskId, SourceTable source, long rows, long bytes) {
    update(
        taskId,
        source,
        "set the rows of",
        "rows_done = ?, bytes_done = ?",
        ps -> {
          ps.setLong(1, rows);
          ps.setLong(2, bytes);
        });
  }

  /** Records the table's last error (null clears it). */
  public void setError(UUID taskId, SourceTable source, String error) {
    update(taskId, source, "record the error of", "last_error = ?", ps -> ps.setString(1, error));
  }

  /** One table's progress, if registered. */
  public Optional<TableProgress> table(UUID taskId, SourceTable source) {
    return sql.call(
        "read the progress of table " + source + " for task " + taskId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT " + COLUMNS + " FROM table_progress WHERE " + TABLE_MATCH)) {
            ps.setObject(1, taskId);
            Rows.setTable(ps, 2, source);
            List<TableProgress> rows = read(ps);
            return rows.isEmpty() ? Optional.<TableProgress>empty() : Optional.of(rows.get(0));
          }
        });
  }

  /** Every table of the task, ordered by source. */
  public List<TableProgress> tables(UUID taskId) {
    return sql.call(
        "read the table progress of task " + taskId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM table_progress WHERE task_id = ? "
                      + "ORDER BY source_id, source_schema, source_table")) {
            ps.setObject(1, taskId);
            return read(ps);
          }
        });
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private void update(UUID taskId, SourceTable source, String verb, String set, Binder binder) {
    sql.call(
        verb + " table " + source + " for task " + taskId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE table_progress SET " + set + ", updated_at = ? WHERE " + TABLE_MATCH)) {
            binder.bind(ps);
            int i = (int) set.chars().filter(ch -> ch == '?').count() + 1;
            Rows.setInstant(ps, i, sql.now());
            ps.setObject(i + 1, taskId);
            Rows.setTable(ps, i + 2, source);
            if (ps.executeUpdate() == 0) {
              throw new StoreException(
                  "Table "
                      + source
                      + " is not registered for task "
                      + taskId
                      + "; register it before recording its progress");
            }
          }
          return null;
        });
  }

  private static List<TableProgress> read(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      List<TableProgress> result = new ArrayList<>();
      while (rs.next()) {
        result.add(
            new TableProgress(
                Rows.sourceTable(rs),
                TableId.of(rs.getString("target_schema"), rs.getString("target_table")),
                Rows.enumValue(TablePhase.class, rs.getString("phase"), "table phase"),
                rs.getLong("rows_estimated"),
                rs.getLong("rows_done"),
                rs.getLong("bytes_done"),
                rs.getString("last_error"),
                Rows.instant(rs, "updated_at")));
      }
      return result;
    }
  }
}
