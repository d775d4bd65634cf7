package dev.ferry.store;

import dev.ferry.domain.EventKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A task's event log: stage changes, DDL applied or skipped, retries, warnings. The dashboard and
 * {@code ferry status} show it; entries are kept until {@link #trim} removes old ones.
 */
public final class EventLog {

  private final Sql sql;

  EventLog(Sql sql) {
    this.sql = sql;
  }

  /** Appends an entry stamped now and returns its id. */
  public long append(UUID taskId, EventKind kind, String message) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    return sql.call(
        "write to the event log of task " + taskId,
        c -> insert(c, taskId, kind, message, sql.now()));
  }

  /** The newest {@code limit} entries, oldest first. */
  public List<LogEvent> recent(UUID taskId, int limit) {
    return sql.call(
        "read the event log of task " + taskId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, logged_at, event_kind, message FROM event_log "
                      + "WHERE task_id = ? ORDER BY id DESC LIMIT ?")) {
            ps.setObject(1, taskId);
            ps.setInt(2, limit);
            List<LogEvent> events = read(ps);
            Collections.reverse(events);
            return events;
          }
        });
  }

  /** Entries with an id greater than {@code afterId}, oldest first (for polling). */
  public List<LogEvent> after(UUID taskId, long afterId) {
    return sql.call(
        "read the event log of task " + taskId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, logged_at, event_kind, message FROM event_log "
                      + "WHERE task_id = ? AND id > ? ORDER BY id")) {
            ps.setObject(1, taskId);
            ps.setLong(2, afterId);
            return read(ps);
          }
        });
  }

  /** Deletes all but the newest {@code keep} entries of the task; returns how many went. */
  public int trim(UUID taskId, int keep) {
    return sql.call(
        "trim the event log of task " + taskId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM event_log WHERE task_id = ? AND id < COALESCE(("
                      + "SELECT MIN(id) FROM (SELECT id FROM event_log WHERE task_id = ? "
                      + "ORDER BY id DESC LIMIT ?)), 9223372036854775807)")) {
            ps.setObject(1, taskId);
            ps.setObject(2, taskId);
            ps.setInt(3, keep);
            return ps.executeUpdate();
          }
        });
  }

  static long insert(Connection c, UUID taskId, EventKind kind, String message, Instant now)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO event_log (task_id, logged_at, event_kind, message) VALUES (?, ?, ?, ?)",
            new String[] {"id"})) {
      ps.setObject(1, taskId);
      Rows.setInstant(ps, 2, now);
      ps.setString(3, kind.name());
      ps.setString(4, message);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static List<LogEvent> read(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      List<LogEvent> events = new ArrayList<>();
      while (rs.next()) {
        events.add(
            new LogEvent(
                rs.getLong("id"),
                Rows.instant(rs, "logged_at"),
                Rows.enumValue(EventKind.class, rs.getString("event_kind"), "event kind"),
                rs.getString("message")));
      }
      return events;
    }
  }
}
