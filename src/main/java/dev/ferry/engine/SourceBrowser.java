package dev.ferry.engine;

import dev.ferry.config.SourceConfig;
import dev.ferry.engine.db.ConnectOptions;
import dev.ferry.engine.db.ConnectionFactory;
import dev.ferry.engine.db.DbException;
import dev.ferry.engine.db.Endpoint;
import dev.ferry.rules.SystemSchemas;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists a source's schemas and tables with their row and size estimates (from {@code
 * information_schema}), for the wizard's Objects page. Blocks; call it off the UI thread.
 */
public final class SourceBrowser {

  private static final String QUERY =
      "SELECT TABLE_SCHEMA, TABLE_NAME, COALESCE(TABLE_ROWS, 0),"
          + " COALESCE(DATA_LENGTH, 0) + COALESCE(INDEX_LENGTH, 0)"
          + " FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE'"
          + " ORDER BY TABLE_SCHEMA, TABLE_NAME";

  private SourceBrowser() {}

  /**
   * One table of a source.
   *
   * @param rowsEstimate the server's statistics; 0 when unknown
   * @param bytes data plus index size as the server reports it
   */
  public record Table(String schema, String table, long rowsEstimate, long bytes) {}

  /**
   * Every user table of {@code source} (system schemas left out), by schema and name.
   *
   * @param source a source whose password is already {@code PLAIN}
   * @throws FerryException on connection, login or privilege errors
   */
  public static List<Table> tables(SourceConfig source, Duration timeout) {
    try {
      Endpoint endpoint = Endpoint.source(source);
      ConnectionFactory factory =
          new ConnectionFactory(
              ConnectOptions.defaults().withConnectTimeout(timeout).withSocketTimeout(timeout));
      try (Connection c = factory.open(endpoint);
          PreparedStatement ps = c.prepareStatement(QUERY);
          ResultSet rs = ps.executeQuery()) {
        List<Table> tables = new ArrayList<>();
        while (rs.next()) {
          String schema = rs.getString(1);
          if (!SystemSchemas.isSystemSchema(schema)) {
            tables.add(new Table(schema, rs.getString(2), rs.getLong(3), rs.getLong(4)));
          }
        }
        return List.copyOf(tables);
      } catch (SQLException e) {
        throw DbErrorCodes.toFerry(DbException.of(endpoint.label(), e));
      }
    } catch (DbException e) {
      throw DbErrorCodes.toFerry(e);
    }
  }
}
