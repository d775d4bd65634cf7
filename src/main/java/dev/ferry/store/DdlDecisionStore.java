package dev.ferry.store;

import dev.ferry.domain.BinlogPosition;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * DM's {@code binlog skip|replace} state of a task's sync: per source, the DDL the sync paused on
 * because the target rejected it, and the user's decisions for DDL at given binlog positions
 * (positions compare by file and offset; the GTID set is kept for display).
 */
public final class DdlDecisionStore {

  /** The DDL a source's sync paused on. */
  public record Failure(
      String sourceId, BinlogPosition position, String sourceSql, String targetSql, String error) {

    public Failure {
      Objects.requireNonNull(sourceId, "sourceId");
      Objects.requireNonNull(position, "position");
    }
  }

  /** Skip the DDL, or run {@code statements} on the target instead of it. */
  public record Decision(boolean skip, List<String> statements) {

    public Decision {
      statements = List.copyOf(statements);
      if (!skip && statements.isEmpty()) {
        throw new IllegalArgumentException("A replacement needs at least one statement");
      }
    }

    public static Decision skipIt() {
      return new Decision(true, List.of());
    }

    public static Decision replaceWith(List<String> statements) {
      return new Decision(false, statements);
    }
  }

  private final Sql sql;

  DdlDecisionStore(Sql sql) {
    this.sql = sql;
  }

  /** Records the DDL the sync of {@code failure.sourceId()} paused on (replacing an older one). */
  public void recordFailure(UUID taskId, Failure failure) {
    sql.call(
        "record the rejected DDL of task " + taskId + " source " + failure.sourceId(),
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO ddl_failure (task_id, source_id, binlog_file, binlog_pos, gtid_set, "
                      + "source_sql, target_sql, error_message, failed_at) "
                      + "KEY (task_id, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, taskId);
            ps.setString(2, failure.sourceId());
            int i = Rows.setPosition(ps, 3, failure.position());
            ps.setString(i, failure.sourceSql());
            ps.setString(i + 1, failure.targetSql());
            ps.setString(i + 2, failure.error());
            Rows.setInstant(ps, i + 3, sql.now());
            ps.executeUpdate();
          }
          return null;
        });
  }

  /** The DDL the sync of {@code sourceId} paused on, if it did. */
  public Optional<Failure> failure(UUID taskId, String sourceId) {
    return sql.call(
        "read the rejected DDL of task " + taskId + " source " + sourceId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT binlog_file, binlog_pos, gtid_set, source_sql, target_sql, error_message "
                      + "FROM ddl_failure WHERE task_id = ? AND source_id = ?")) {
            ps.setObject(1, taskId);
            ps.setString(2, sourceId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.<Failure>empty();
              }
              BinlogPosition at =
                  Rows.position(
                      rs, "binlog_file", "binlog_pos", "gtid_set", "rejected DDL of " + sourceId);
              return Optional.of(
                  new Failure(
                      sourceId,
                      at,
                      rs.getString("source_sql"),
                      rs.getString("target_sql"),
                      rs.getString("error_message")));
            }
          }
        });
  }

  /** Sets the decision for the DDL that ends at {@code at} (replacing an earlier one). */
  public void decide(UUID taskId, String sourceId, BinlogPosition at, Decision decision) {
    sql.call(
        "save the DDL decision of task " + taskId + " source " + sourceId + " at " + at,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO ddl_decision (task_id, source_id, binlog_file, binlog_pos, decision, "
                      + "statements, decided_at) KEY (task_id, source_id, binlog_file, binlog_pos) "
                      + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, taskId);
            ps.setString(2, sourceId);
            ps.setString(3, at.file());
            ps.setLong(4, at.position());
            ps.setString(5, decision.skip() ? "SKIP" : "REPLACE");
            ps.setObject(6, decision.statements().toArray(new String[0]));
            Rows.setInstant(ps, 7, sql.now());
            ps.executeUpdate();
          }
          return null;
        });
  }

  /** The decision for the DDL that ends at {@code at}, if the user made one. */
  public Optional<Decision> decision(UUID taskId, String sourceId, BinlogPosition at) {
    return sql.call(
        "read the DDL decision of task " + taskId + " source " + sourceId + " at " + at,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT decision, statements FROM ddl_decision "
                      + "WHERE task_id = ? AND source_id = ? "
                      + "AND binlog_file = ? AND binlog_pos = ?")) {
            ps.setObject(1, taskId);
            ps.setString(2, sourceId);
            ps.setString(3, at.file());
            ps.setLong(4, at.position());
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.<Decision>empty();
              }
              String kind = rs.getString("decision");
              List<String> statements = statements(rs.getArray("statements"));
              if ("SKIP".equals(kind)) {
                return Optional.of(Decision.skipIt());
              }
              if (!"REPLACE".equals(kind) || statements.isEmpty()) {
                throw Rows.corrupt(
                    "the DDL decision of " + sourceId + " at " + at,
                    "it is " + kind + " with " + statements.size() + " statements");
              }
              return Optional.of(Decision.replaceWith(statements));
            }
          }
        });
  }

  /**
   * The sync passed the DDL that ends at {@code at}: forgets its decision, and the failure of the
   * source when it is at or before {@code at}.
   */
  public void done(UUID taskId, String sourceId, BinlogPosition at) {
    sql.call(
        "clear the DDL decision of task " + taskId + " source " + sourceId + " at " + at,
        c -> {
          delete(
              c,
              "DELETE FROM ddl_decision WHERE task_id = ? AND source_id = ? "
                  + "AND binlog_file = ? AND binlog_pos = ?",
              taskId,
              sourceId,
              at);
          Optional<BinlogPosition> failedAt = failureOn(c, taskId, sourceId);
          if (failedAt.isPresent() && failedAt.get().compareTo(at) <= 0) {
            delete(
                c,
                "DELETE FROM ddl_failure WHERE task_id = ? AND source_id = ?",
                taskId,
                sourceId,
                null);
          }
          return null;
        });
  }

  private static Optional<BinlogPosition> failureOn(Connection c, UUID taskId, String sourceId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT binlog_file, binlog_pos, gtid_set FROM ddl_failure "
                + "WHERE task_id = ? AND source_id = ?")) {
      ps.setObject(1, taskId);
      ps.setString(2, sourceId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(
                Rows.position(
                    rs, "binlog_file", "binlog_pos", "gtid_set", "rejected DDL of " + sourceId))
            : Optional.empty();
      }
    }
  }

  private static void delete(
      Connection c, String sqlText, UUID taskId, String sourceId, BinlogPosition at)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sqlText)) {
      ps.setObject(1, taskId);
      ps.setString(2, sourceId);
      if (at != null) {
        ps.setString(3, at.file());
        ps.setLong(4, at.position());
      }
      ps.executeUpdate();
    }
  }

  private static List<String> statements(Array array) throws SQLException {
    List<String> out = new ArrayList<>();
    if (array != null) {
      for (Object o : (Object[]) array.getArray()) {
        out.add((String) o);
      }
    }
    return out;
  }
}
