package dev.ferry.engine.load;

import dev.ferry.config.LoadOptions.OnExistingTable;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import dev.ferry.domain.TaskUnit;
import dev.ferry.engine.DbErrorCodes;
import dev.ferry.engine.FerryException;
import dev.ferry.engine.db.ConnectOptions;
import dev.ferry.engine.db.ConnectionFactory;
import dev.ferry.engine.db.DbException;
import dev.ferry.engine.db.Endpoint;
import dev.ferry.engine.db.SqlErrors;
import dev.ferry.engine.run.Unit;
import dev.ferry.engine.run.UnitContext;
import dev.ferry.rules.BlockAllowListFilter;
import dev.ferry.rules.SystemSchemas;
import dev.ferry.rules.TableRouter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full copy as a unit: for every source of the task, the tables its block-allow-list selects
 * are copied to their routed names with {@link FullCopy}, after {@code on-existing-table} was
 * applied to every source's target tables. Dump and load run as one streamed
 * pipeline, so this one unit does both (it reports as {@link TaskUnit#DUMP}).
 *
 * <p>Start: from the chunk states in the store (done chunks are skipped, in-flight ones made
 * exact). Stop: between batches; every committed chunk is recorded. Persist: chunk states, table
 * progress, the snapshot position as the source's global checkpoint (and a safe-mode exit point).
 */
public final class FullCopyUnit implements Unit {

  @Override
  public TaskUnit kind() {
    return TaskUnit.DUMP;
  }

  @Override
  public void run(UnitContext context) throws InterruptedException {
    TaskConfig config = context.config();
    ConnectionFactory factory =
        new ConnectionFactory(ConnectOptions.defaults().withDriverProperty("allowLoadLocalInfile", "true"));
    Endpoint target = Endpoint.target(config.target());
    Map<SourceConfig, List<CopyTable>> selected = new LinkedHashMap<>();
    try {
      for (SourceConfig source : config.sources()) {
        try (Connection c = factory.open(Endpoint.source(source))) {
          selected.put(source, selectTables(c, config, source));
        }
      }
      // every source's existing target tables are settled before any source writes a row
      applyOnExistingTable(context, factory, target, selected);
    } catch (SQLException e) {
      throw copyFailure("copy", e);
    }
    for (SourceConfig source : config.sources()) {
      if (context.stopRequested()) {
        return;
      }
      Endpoint endpoint = Endpoint.source(source);
      CopySettings settings =
          CopySettings.of(source.dump(), source.load()).withCollation(config.collationCompatible());
      FullCopy copy =
          new FullCopy(
              source.sourceId(),
              () -> factory.open(endpoint),
              () -> factory.open(target),
              context.store(),
              context.taskId(),
              settings,
              context.progress(),
              context.threads("copy"),
              context::stopRequested);
      try {
        copy.run(selected.get(source));
      } catch (SQLException e) {
        throw copyFailure("copy of " + source.sourceId(), e);
      }
    }
  }

  private static void applyOnExistingTable(
      UnitContext context, ConnectionFactory factory, Endpoint target, Map<SourceConfig, List<CopyTable>> selected)
      throws SQLException {
    List<CopyTable> all = new ArrayList<>();
    Map<CopyTable, OnExistingTable> policy = new HashMap<>();
    selected.forEach((source, tables) -> {
      all.addAll(tables);
      tables.forEach(t -> policy.put(t, source.load().onExistingTable()));
    });
    if (all.isEmpty()) {
      return;
    }
    try (Connection c = factory.open(target)) {
      ExistingTargetTables.apply(c, context.store(), context.taskId(), all, policy::get);
    }
  }

  /**
   * Classified by error code: a deadlock or a lost connection is retried from the chunk
   * checkpoints, a rejected row pauses the task.
   */
  private static FerryException copyFailure(String what, SQLException e) {
    return DbErrorCodes.toFerry(
        new DbException(SqlErrors.classify(e), what, SqlErrors.serverMessage(e), e));
  }

  /**
   * The base tables the source's block-allow-list selects, with their routed target names. Views
   * (and sequences, system-versioned tables) are never taken, even when the list names them; the
   * precheck lists them as not copied.
   */
  static List<CopyTable> selectTables(Connection c, TaskConfig config, SourceConfig source)
      throws SQLException {
    BlockAllowListFilter filter =
        BlockAllowListFilter.of(
            source.rules().blockAllowList() == null
                ? null
                : config.rules().blockAllowList().get(source.rules().blockAllowList()),
            config.caseSensitive());
    Map<String, RouteRule> routes = new LinkedHashMap<>();
    for (String name : source.rules().routeRules()) {
      routes.put(name, config.rules().routes().get(name));
    }
    TableRouter router = TableRouter.of(routes, config.caseSensitive(), source.sourceId());
    List<CopyTable> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT TABLE_SCHEMA, TABLE_NAME FROM information_schema.TABLES WHERE TABLE_TYPE = 'BASE TABLE'"
                    + " ORDER BY TABLE_SCHEMA, TABLE_NAME")) {
      while (rs.next()) {
        TableId table = TableId.of(rs.getString(1), rs.getString(2));
        if (!SystemSchemas.isSystemSchema(table.schema()) && filter.allows(table)) {
          out.add(new CopyTable(new SourceTable(source.sourceId(), table), router.route(table).target()));
        }
      }
    }
    return out;
  }
}
