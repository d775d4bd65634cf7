package dev.ferry.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A task's errors with their suggested actions, open until resolved. */
public final class ErrorStore {

  private static final String COLUMNS =
      "id, error_code, message, suggested_action, occurred_at, resolved, resolved_at";

  private final Sql sql;

  ErrorStore(Sql sql) {
    this.sql = sql;
  }

  /** Records an open error stamped now; returns its id. */
  public long record(UUID taskId, String code, String message, String suggestedAction) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    return sql.call(
        "record error " + code + " of task " + taskId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO task_error (task_id, error_code, message, suggested_action, "
                      + "occurred_at, resolved) VALUES (?, ?, ?, ?, ?, FALSE)",
                  new String[] {"id"})) {
            ps.setObject(1, taskId);
            ps.setString(2, code);
            ps.setString(3, message);
            ps.setString(4, suggestedAction);
            Rows.setInstant(ps, 5, sql.now());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
              keys.next();
              return keys.getLong(1);
            }
          }
        });
  }

  /** The errors not resolved yet, oldest first. */
  public List<TaskError> open(UUID taskId) {
    return query(taskId, " AND resolved = FALSE");
  }

  /** All errors of the task, resolved or not, oldest first. */
  public List<TaskError> all(UUID taskId) {
    return query(taskId, "");
  }

  /** Marks one error resolved; returns false if it was unknown or already resolved. */
  public boolean resolve(long errorId) {
    return sql.call(
        "resolve error " + errorId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE task_error SET resolved = TRUE, resolved_at = ? "
                      + "WHERE id = ? AND resolved = FALSE")) {
            Rows.setInstant(ps, 1, sql.now());
            ps.setLong(2, errorId);
            return ps.executeUpdate() > 0;
          }
        });
  }

  /** Marks every open error of the task resolved (e.g. when it resumes); returns how many. */
  public int resolveAll(UUID taskId) {
    return sql.call(
        "resolve the errors of task " + taskId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE task_error SET resolved = TRUE, resolved_at = ? "
                      + "WHERE task_id = ? AND resolved = FALSE")) {
            Rows.setInstant(ps, 1, sql.now());
            ps.setObject(2, taskId);
            return ps.executeUpdate();
          }
        });
  }

  private List<TaskError> query(UUID taskId, String condition) {
    return sql.call(
        "read the errors of task " + taskId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM task_error WHERE task_id = ?"
                      + condition
                      + " ORDER BY id")) {
            ps.setObject(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
              List<TaskError> errors = new ArrayList<>();
              while (rs.next()) {
                errors.add(error(rs));
              }
              return errors;
            }
          }
        });
  }

  private static TaskError error(ResultSet rs) throws SQLException {
    Instant resolvedAt = Rows.instant(rs, "resolved_at");
    return new TaskError(
        rs.getLong("id"),
        rs.getString("error_code"),
        rs.getString("message"),
        rs.getString("suggested_action"),
        Rows.instant(rs, "occurred_at"),
        rs.getBoolean("resolved"),
        resolvedAt);
  }
}
