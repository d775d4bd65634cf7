package dev.ferry.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and upgrades the store's schema from the versioned scripts in {@code db/}. H2 commits
 * every DDL statement on its own, so a script is not atomic: scripts are written to be run again
 * (every statement guarded by {@code IF [NOT] EXISTS}), and a version is recorded only after its
 * whole script ran. A store whose version is higher than the scripts this Ferry has is refused
 * before anything is written.
 */
final class Migrations {

  /** The scripts in order; {@code V<n>__<what>.sql} upgrades the schema to version n. */
  static final List<String> SCRIPTS = List.of("V1__task_state.sql", "V2__ddl_decisions.sql");

  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  /** The schema version this build of Ferry writes. */
  static int latestVersion() {
    return versionOf(SCRIPTS.get(SCRIPTS.size() - 1));
  }

  static int versionOf(String script) {
    int end = script.indexOf("__");
    if (!script.startsWith("V") || end < 2) {
      throw new IllegalArgumentException("Not a migration script name: " + script);
    }
    return Integer.parseInt(script.substring(1, end));
  }

  /**
   * Brings the schema up to {@link #latestVersion()}; returns the version found before. Callers
   * serialise concurrent migrations across processes (see {@link StateStore}).
   */
  static int migrate(Connection connection, Path databaseFile, String ferryVersion, Instant now)
      throws SQLException {
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS schema_version ("
              + "version INT PRIMARY KEY, script VARCHAR(255) NOT NULL, "
              + "installed_at TIMESTAMP WITH TIME ZONE NOT NULL, ferry_version VARCHAR(64))");
    }
    int found = currentVersion(connection);
    int latest = latestVersion();
    if (found > latest) {
      throw new StoreException(
          "The state store "
              + databaseFile
              + " was written by a newer Ferry (store schema version "
              + found
              + "; this Ferry "
              + ferryVersion
              + " knows versions up to "
              + latest
              + "). Upgrade Ferry to open it. The store was not changed.");
    }
    for (String script : SCRIPTS) {
      int version = versionOf(script);
      if (version > found) {
        LOG.info(
            "Upgrading the state store {} to schema version {} ({})",
            databaseFile,
            version,
            script);
        runScript(connection, script);
        record(connection, version, script, ferryVersion, now);
      }
    }
    return found;
  }

  /** The highest version recorded, 0 for an empty store. */
  static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void runScript(Connection connection, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(read(script))) {
        statement.execute(sql);
      }
    }
  }

  private static void record(
      Connection connection, int version, String script, String ferryVersion, Instant now)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "MERGE INTO schema_version (version, script, installed_at, ferry_version) KEY (version) "
                + "VALUES (?, ?, ?, ?)")) {
      insert.setInt(1, version);
      insert.setString(2, script);
      insert.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      insert.setString(4, ferryVersion);
      insert.executeUpdate();
    }
  }

  static String read(String script) {
    try (InputStream in = Migrations.class.getResourceAsStream("/db/" + script)) {
      if (in == null) {
        throw new StoreException("Ferry's store migration script db/" + script + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("Cannot read Ferry's store migration script db/" + script, e);
    }
  }

  /**
   * Splits a script into statements: {@code --} comment lines are dropped and a statement ends with
   * a line ending in {@code ;}. Scripts keep semicolons out of string literals.
   */
  static List<String> statements(String script) {
    List<String> result = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String sql = current.toString().strip();
        result.add(sql.substring(0, sql.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      result.add(current.toString().strip());
    }
    return result;
  }
}
