package dev.ferry.engine.sync;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import dev.ferry.engine.db.Quoting;
import dev.ferry.engine.ddl.CreateTableWriter;
import dev.ferry.engine.ddl.DdlStatement;
import dev.ferry.engine.ddl.SchemaCatalog;
import dev.ferry.engine.ddl.TableSchema;
import dev.ferry.rules.SourceRules;
import dev.ferry.store.StateStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tracked schemas of one source: loaded from the state store as of the start position (a
 * resume), or, for a first start, read once from the source and recorded at the start position.
 * Every DDL from the binlog moves them forward and is recorded in the store at the DDL's end
 * position; the source's current schema is never read again to decode older events.
 */
final class SchemaTracker {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaTracker.class);

  private final StateStore store;
  private final UUID taskId;
  private final String sourceId;
  private SchemaCatalog catalog;

  SchemaTracker(StateStore store, UUID taskId, String sourceId) {
    this.store = store;
    this.taskId = taskId;
    this.sourceId = sourceId;
  }

  SchemaCatalog catalog() {
    return catalog;
  }

  void init(Connection source, BinlogPosition start, SourceRules rules) throws SQLException {
    catalog = new SchemaCatalog(queryString(source, "SELECT @@character_set_server"));
    try (Statement s = source.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA")) {
      while (rs.next()) {
        catalog.databaseCharset(rs.getString(1), rs.getString(2));
      }
    }
    int discarded = store.schemas().discardAfter(taskId, sourceId, start);
    if (discarded > 0) {
      LOG.info(
          "{}: dropped {} tracked schema versions recorded after {}", sourceId, discarded, start);
    }
    Map<TableId, String> stored = store.schemas().schemasAt(taskId, sourceId, start);
    if (!stored.isEmpty()) {
      stored.forEach(catalog::load);
      LOG.info(
          "{}: {} tracked table schemas loaded from the store at {}",
          sourceId,
          stored.size(),
          start);
      return;
    }
    List<TableId> tables = new ArrayList<>();
    try (Statement s = source.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT TABLE_SCHEMA, TABLE_NAME FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE'")) {
      while (rs.next()) {
        TableId id = TableId.of(rs.getString(1), rs.getString(2));
        if (rules.migratesTable(id)) {
          tables.add(id);
        }
      }
    }
    for (TableId id : tables) {
      Optional<String> ddl = showCreateTable(source, id);
      if (ddl.isPresent()) {
        record(id, catalog.load(id, ddl.get()), start);
      }
    }
    LOG.info(
        "{}: {} table schemas read from the source to start tracking at {}",
        sourceId,
        tables.size(),
        start);
  }

  /** Applies a parsed DDL piece and records what it changed at {@code end}. */
  SchemaCatalog.Change apply(DdlStatement piece, BinlogPosition end) {
    SchemaCatalog.Change change = catalog.apply(piece);
    for (TableId id : change.dropped()) {
      store.schemas().recordDrop(taskId, new SourceTable(sourceId, id), end);
    }
    for (TableId id : change.changed()) {
      catalog.table(id).ifPresent(t -> record(id, t, end));
    }
    return change;
  }

  private void record(TableId id, TableSchema schema, BinlogPosition at) {
    store
        .schemas()
        .record(taskId, new SourceTable(sourceId, id), CreateTableWriter.write(schema), at);
  }

  private static Optional<String> showCreateTable(Connection c, TableId id) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW CREATE TABLE " + Quoting.table(id))) {
      return rs.next() ? Optional.of(rs.getString(2)) : Optional.empty();
    } catch (SQLException e) {
      if (e.getErrorCode() == 1146) {
        return Optional.empty(); // dropped meanwhile
      }
      throw e;
    }
  }

  static String queryString(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
