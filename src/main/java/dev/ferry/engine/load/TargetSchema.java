package dev.ferry.engine.load;

import dev.ferry.config.TaskConfig.CollationCompatible;
import dev.ferry.domain.TableId;
import dev.ferry.engine.dump.Column;
import dev.ferry.engine.dump.ServerFlavor;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates target databases and tables, and adds deferred indexes; all steps may be repeated. */
public final class TargetSchema {

  private static final Logger LOG = LoggerFactory.getLogger(TargetSchema.class);

  private TargetSchema() {}

  /** The source's {@code SHOW CREATE TABLE}. */
  public static String showCreateTable(Connection source, TableId table) throws SQLException {
    try (Statement s = source.createStatement();
        ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + table.quoted())) {
      rs.next();
      return new String(rs.getBytes(2), StandardCharsets.UTF_8);
    }
  }

  /**
   * Creates {@code database} on the target, if missing, with the source database's default
   * charset; {@code strict} also states its default collation.
   */
  public static void createDatabase(
      Connection source,
      String sourceDb,
      Connection target,
      String database,
      CollationCompatible mode,
      ServerFlavor targetFlavor)
      throws SQLException {
    String clause = "";
    try (PreparedStatement ps =
        source.prepareStatement(
            "SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA"
                + " WHERE SCHEMA_NAME = ?")) {
      ps.setString(1, sourceDb);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          String charset = text(rs, 1);
          clause =
              mode == CollationCompatible.STRICT
                  ? StrictCollations.databaseClause(new StrictCollations.Collation(charset, text(rs, 2)))
                  : " CHARACTER SET " + charset;
        }
      }
    }
    try (Statement s = target.createStatement()) {
      s.execute(SchemaAdapter.forTarget("CREATE DATABASE IF NOT EXISTS " + Column.quote(database) + clause, targetFlavor));
    }
  }

  /** The source table's default collation and its character columns' (for {@code strict}). */
  public static StrictCollations.TableCollations sourceCollations(Connection source, TableId table)
      throws SQLException {
    String tableCollation = null;
    try (PreparedStatement ps =
        source.prepareStatement(
            "SELECT TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
      ps.setString(1, table.schema());
      ps.setString(2, table.table());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          tableCollation = text(rs, 1);
        }
      }
    }
    if (tableCollation == null || tableCollation.isEmpty()) {
      throw new SQLException("information_schema has no collation for " + table);
    }
    Map<String, StrictCollations.Collation> columns = new LinkedHashMap<>();
    try (PreparedStatement ps =
        source.prepareStatement(
            "SELECT COLUMN_NAME, CHARACTER_SET_NAME, COLLATION_NAME FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND COLLATION_NAME IS NOT NULL")) {
      ps.setString(1, table.schema());
      ps.setString(2, table.table());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns.put(text(rs, 1), new StrictCollations.Collation(text(rs, 2), text(rs, 3)));
        }
      }
    }
    return new StrictCollations.TableCollations(StrictCollations.Collation.of(tableCollation), columns);
  }

  private static String text(ResultSet rs, int column) throws SQLException {
    byte[] b = rs.getBytes(column);
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }

  public static boolean tableExists(Connection target, TableId table) throws SQLException {
    try (PreparedStatement ps =
        target.prepareStatement(
            "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
      ps.setString(1, table.schema());
      ps.setString(2, table.table());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  public static void execute(Connection target, String sql) throws SQLException {
    try (Statement s = target.createStatement()) {
      s.execute(sql);
    }
  }

  /**
   * Adds the deferred clauses that the target table does not have yet, in one {@code ALTER TABLE}
   * (one rebuild instead of one per index). Safe to repeat after an interrupted build.
   */
  public static int addMissing(Connection target, TableId table, List<String> clauses) throws SQLException {
    List<String> existing = existingNames(target, table);
    List<String> missing = new ArrayList<>();
    for (String clause : clauses) {
      String name = SchemaAdapter.clauseName(clause);
      if (name == null || !existing.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        missing.add("ADD " + clause);
      }
    }
    if (missing.isEmpty()) {
      return 0;
    }
    LOG.info("Adding {} deferred index(es)/foreign key(s) to {}", missing.size(), table);
    execute(target, "ALTER TABLE " + table.quoted() + " " + String.join(", ", missing));
    return missing.size();
  }

  private static List<String> existingNames(Connection target, TableId table) throws SQLException {
    List<String> names = new ArrayList<>();
    String sql =
        "SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?"
            + " UNION SELECT CONSTRAINT_NAME FROM information_schema.TABLE_CONSTRAINTS"
            + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?";
    try (PreparedStatement ps = target.prepareStatement(sql)) {
      ps.setString(1, table.schema());
      ps.setString(2, table.table());
      ps.setString(3, table.schema());
      ps.setString(4, table.table());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(new String(rs.getBytes(1), StandardCharsets.UTF_8).toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return names;
  }

  /** Flavor of the target, for {@link SchemaAdapter}. */
  public static ServerFlavor flavor(Connection target) throws SQLException {
    return ServerFlavor.probe(target);
  }
}
