package dev.ferry.store;

import dev.ferry.domain.EventKind;
import dev.ferry.domain.Stage;
import dev.ferry.domain.TaskMode;
import dev.ferry.domain.TaskUnit;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Tasks by project id: registration, the current stage and unit with their history, and
 * pause/resume/stop requests from other processes. Every stage change is also written to the task's
 * event log.
 */
public final class TaskStore {

  private static final String COLUMNS =
      "task_id, task_name, project_path, task_mode, stage, unit_name, requested_action, "
          + "created_at, updated_at";

  private final Sql sql;

  TaskStore(Sql sql) {
    this.sql = sql;
  }

  /**
   * Registers a task in stage {@code NEW}, or, when it is already known, updates its name, project
   * file and mode (a renamed or moved project; a null file or mode keeps the stored one) and keeps
   * its state. Returns the task.
   */
  public TaskState register(UUID taskId, String name, Path projectFile, TaskMode mode) {
    Objects.requireNonNull(taskId, "taskId");
    Objects.requireNonNull(name, "name");
    return sql.call(
        "register task '" + name + "' (" + taskId + ")",
        c -> {
          Instant now = sql.now();
          String path = projectFile == null ? null : projectFile.toAbsolutePath().toString();
          String modeName = mode == null ? null : mode.name();
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE task SET task_name = ?, project_path = COALESCE(?, project_path), "
                      + "task_mode = COALESCE(?, task_mode), updated_at = ? WHERE task_id = ?")) {
            update.setString(1, name);
            update.setString(2, path);
            update.setString(3, modeName);
            Rows.setInstant(update, 4, now);
            update.setObject(5, taskId);
            if (update.executeUpdate() == 0) {
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO task ("
                          + COLUMNS
                          + ") VALUES (?, ?, ?, ?, ?, NULL, NULL, ?, ?)")) {
                insert.setObject(1, taskId);
                insert.setString(2, name);
                insert.setString(3, path);
                insert.setString(4, modeName);
                insert.setString(5, Stage.NEW.name());
                Rows.setInstant(insert, 6, now);
                Rows.setInstant(insert, 7, now);
                insert.executeUpdate();
              }
              insertHistory(c, taskId, Stage.NEW, null, "registered", now);
            }
          }
          return read(c, taskId).orElseThrow();
        });
  }

  /** The task, if the store knows it. */
  public Optional<TaskState> find(UUID taskId) {
    return sql.call("read task " + taskId, c -> read(c, taskId));
  }

  /** The task; fails with a clear message when the store does not know it. */
  public TaskState get(UUID taskId) {
    return find(taskId).orElseThrow(() -> unknownTask(taskId));
  }

  /** Every task, most recently updated first. */
  public List<TaskState> list() {
    return sql.call(
        "list the tasks",
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT " + COLUMNS + " FROM task ORDER BY updated_at DESC, task_name");
              ResultSet rs = ps.executeQuery()) {
            List<TaskState> tasks = new ArrayList<>();
            while (rs.next()) {
              tasks.add(task(rs));
            }
            return tasks;
          }
        });
  }

  /**
   * Moves the task to {@code stage} (in {@code unit}, may be null), appending to the stage history
   * and the event log. {@code reason} (may be null) says why, e.g. "paused by the user".
   */
  public void changeStage(UUID taskId, Stage stage, TaskUnit unit, String reason) {
    Objects.requireNonNull(stage, "stage");
    sql.call(
        "record stage " + stage + " of task " + taskId,
        c -> {
          changeStage(c, taskId, stage, unit, reason, sql.now());
          return null;
        });
  }

  private static void changeStage(
      Connection c, UUID taskId, Stage stage, TaskUnit unit, String reason, Instant now)
      throws SQLException {
    Stage previous = read(c, taskId).orElseThrow(() -> unknownTask(taskId)).stage();
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE task SET stage = ?, unit_name = ?, updated_at = ? WHERE task_id = ?")) {
      ps.setString(1, stage.name());
      ps.setString(2, unit == null ? null : unit.name());
      Rows.setInstant(ps, 3, now);
      ps.setObject(4, taskId);
      ps.executeUpdate();
    }
    insertHistory(c, taskId, stage, unit, reason, now);
    String message =
        "Stage " + previous + " → " + stage + (reason == null ? "" : " (" + reason + ")");
    EventLog.insert(c, taskId, EventKind.STAGE_CHANGED, message, now);
  }

  /** The task's stage changes, oldest first. */
  public List<StageChange> stageHistory(UUID taskId) {
    return sql.call(
        "read the stage history of task " + taskId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT stage, unit_name, reason, changed_at FROM stage_history "
                      + "WHERE task_id = ? ORDER BY id")) {
            ps.setObject(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
              List<StageChange> history = new ArrayList<>();
              while (rs.next()) {
                history.add(
                    new StageChange(
                        Rows.enumValue(Stage.class, rs.getString("stage"), "stage history entry"),
                        Rows.enumValue(
                            TaskUnit.class, rs.getString("unit_name"), "stage history entry"),
                        rs.getString("reason"),
                        Rows.instant(rs, "changed_at")));
              }
              return history;
            }
          }
        });
  }

  /** Asks the process running the task to pause, resume or stop (replaces an earlier request). */
  public void requestAction(UUID taskId, TaskAction action) {
    Objects.requireNonNull(action, "action");
    sql.call(
        "request " + action + " of task " + taskId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE task SET requested_action = ? WHERE task_id = ?")) {
            ps.setString(1, action.name());
            ps.setObject(2, taskId);
            if (ps.executeUpdate() == 0) {
              throw unknownTask(taskId);
            }
          }
          return null;
        });
  }

  /** Returns and clears the pending request for the task, so each request is taken once. */
  public Optional<TaskAction> takeRequestedAction(UUID taskId) {
    return sql.call(
        "take the requested action of task " + taskId,
        c -> {
          TaskAction action;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT requested_action FROM task WHERE task_id = ? FOR UPDATE")) {
            ps.setObject(1, taskId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                throw unknownTask(taskId);
              }
              action = Rows.enumValue(TaskAction.class, rs.getString(1), "requested action");
            }
          }
          if (action != null) {
            try (PreparedStatement ps =
                c.prepareStatement("UPDATE task SET requested_action = NULL WHERE task_id = ?")) {
              ps.setObject(1, taskId);
              ps.executeUpdate();
            }
          }
          return Optional.ofNullable(action);
        });
  }

  /**
   * Forgets what the task has done (progress, chunks, checkpoints, tracked schemas, errors) and
   * puts it back to {@code NEW}, so the next run starts from scratch. The history and event log
   * stay.
   */
  public void resetState(UUID taskId, String reason) {
    sql.call(
        "reset the state of task " + taskId,
        c -> {
          for (String table :
              List.of(
                  "table_progress",
                  "chunk",
                  "binlog_checkpoint",
                  "table_checkpoint",
                  "table_schema",
                  "task_error")) {
            try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM " + table + " WHERE task_id = ?")) {
              ps.setObject(1, taskId);
              ps.executeUpdate();
            }
          }
          changeStage(
              c, taskId, Stage.NEW, null, reason == null ? "state reset" : reason, sql.now());
          return null;
        });
  }

  /** Removes the task and everything stored about it. Returns false if it was not there. */
  public boolean delete(UUID taskId) {
    return sql.call(
        "delete task " + taskId,
        c -> {
          try (PreparedStatement ps = c.prepareStatement("DELETE FROM task WHERE task_id = ?")) {
            ps.setObject(1, taskId);
            return ps.executeUpdate() > 0;
          }
        });
  }

  private static Optional<TaskState> read(Connection c, UUID taskId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT " + COLUMNS + " FROM task WHERE task_id = ?")) {
      ps.setObject(1, taskId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(task(rs)) : Optional.empty();
      }
    }
  }

  private static TaskState task(ResultSet rs) throws SQLException {
    String path = rs.getString("project_path");
    return new TaskState(
        rs.getObject("task_id", UUID.class),
        rs.getString("task_name"),
        path == null ? null : Path.of(path),
        Rows.enumValue(TaskMode.class, rs.getString("task_mode"), "task mode"),
        Rows.enumValue(Stage.class, rs.getString("stage"), "task stage"),
        Rows.enumValue(TaskUnit.class, rs.getString("unit_name"), "task unit"),
        Rows.enumValue(TaskAction.class, rs.getString("requested_action"), "requested action"),
        Rows.instant(rs, "created_at"),
        Rows.instant(rs, "updated_at"));
  }

  private static void insertHistory(
      Connection c, UUID taskId, Stage stage, TaskUnit unit, String reason, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO stage_history (task_id, stage, unit_name, reason, changed_at) "
                + "VALUES (?, ?, ?, ?, ?)")) {
      ps.setObject(1, taskId);
      ps.setString(2, stage.name());
      ps.setString(3, unit == null ? null : unit.name());
      ps.setString(4, reason);
      Rows.setInstant(ps, 5, now);
      ps.executeUpdate();
    }
  }

  static StoreException unknownTask(UUID taskId) {
    return new StoreException(
        "The state store has no task " + taskId + "; register it (run the project) first");
  }
}
