package dev.ferry.engine.check;

import dev.ferry.engine.db.DbException;
import dev.ferry.engine.db.Endpoint;
import dev.ferry.engine.db.Grants;
import dev.ferry.engine.db.ServerInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One open connection to one server for the whole precheck, with what was learnt about it. Used by
 * one thread at a time: the runner gives each server's checks to one job.
 */
final class ServerSession implements AutoCloseable {

  /** Reads one row into a value. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final Endpoint endpoint;
  private final Connection connection;
  private final ServerInfo info;
  private final int queryTimeoutSeconds;
  private Grants grants;

  ServerSession(Endpoint endpoint, Connection connection, ServerInfo info, int queryTimeoutSeconds) {
    this.endpoint = endpoint;
    this.connection = connection;
    this.info = info;
    this.queryTimeoutSeconds = queryTimeoutSeconds;
  }

  Endpoint endpoint() {
    return endpoint;
  }

  ServerInfo info() {
    return info;
  }

  Connection connection() {
    return connection;
  }

  /** {@code source 'mysql-01'} or {@code target}: the finding target prefix. */
  String name() {
    return endpoint.role() == Endpoint.Role.SOURCE ? "source '" + endpoint.id() + "'" : "target";
  }

  String label() {
    return endpoint.label();
  }

  /** True when the server compares table names case-insensitively. */
  boolean ignoreCase() {
    return info.lowerCaseTableNames() != 0;
  }

  synchronized Grants grants() {
    if (grants == null) {
      grants = Grants.read(connection, label());
    }
    return grants;
  }

  /** Runs {@code sql} with {@code args} bound as strings, mapping every row. */
  <T> List<T> query(String sql, List<String> args, RowMapper<T> mapper) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      ps.setQueryTimeout(queryTimeoutSeconds);
      for (int i = 0; i < args.size(); i++) {
        ps.setString(i + 1, args.get(i));
      }
      List<T> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw DbException.of(label(), e);
    }
  }

  <T> List<T> query(String sql, RowMapper<T> mapper) {
    return query(sql, List.of(), mapper);
  }

  /** Closes the connection; {@code abort} instead when a stuck statement must be cut off. */
  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // Closing a broken connection fails; nothing is left to release.
    }
  }

  void abort() {
    try {
      connection.abort(Runnable::run);
    } catch (SQLException | RuntimeException e) {
      close();
    }
  }
}
