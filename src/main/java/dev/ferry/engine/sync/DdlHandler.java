package dev.ferry.engine.sync;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.EventKind;
import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import dev.ferry.engine.db.SqlErrors;
import dev.ferry.engine.ddl.DdlParser;
import dev.ferry.engine.ddl.DdlSplitter;
import dev.ferry.engine.ddl.DdlStage;
import dev.ferry.engine.ddl.DdlStatement;
import dev.ferry.engine.ddl.NameMapper;
import dev.ferry.engine.ddl.TableRef;
import dev.ferry.rules.DdlClassifier;
import dev.ferry.rules.EventDecision;
import dev.ferry.rules.SourceRules;
import dev.ferry.store.StateStore;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one DDL from the binlog, after the coordinator drained every pending change: split it as
 * DM does, decide each piece with the rules, move the tracked schema, then run the target
 * statements (or the user's skip/replace choice). A statement the target rejects pauses the task
 * with {@link ErrorCode#TARGET_DDL_REJECTED} and is remembered for {@link DdlErrorHandling}.
 */
final class DdlHandler {

  private static final Logger LOG = LoggerFactory.getLogger(DdlHandler.class);
  private static final Pattern TABLE_DDL =
      Pattern.compile(
          "^\\s*(CREATE|ALTER|DROP|RENAME|TRUNCATE)\\b.*\\bTABLE\\b",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private final UUID taskId;
  private final String sourceId;
  private final StateStore store;
  private final SourceRules rules;
  private final NameMapper names;
  private final SchemaTracker tracker;
  private final DdlStage stage;
  private final DdlApplier applier;
  private final DdlErrorHandling operations;
  private final SyncMetrics metrics;

  DdlHandler(
      UUID taskId,
      String sourceId,
      StateStore store,
      SourceRules rules,
      NameMapper names,
      SchemaTracker tracker,
      DdlStage stage,
      DdlApplier applier,
      DdlErrorHandling operations,
      SyncMetrics metrics) {
    this.taskId = taskId;
    this.sourceId = sourceId;
    this.store = store;
    this.rules = rules;
    this.names = names;
    this.tracker = tracker;
    this.stage = stage;
    this.applier = applier;
    this.operations = operations;
    this.metrics = metrics;
  }

  /**
   * Handles the DDL that ends at {@code end}; returns true when the target's tables may have
   * changed.
   */
  boolean handle(SourceTransaction.Ddl ddl, BinlogPosition end, long timestamp) {
    String sql = ddl.sql();
    Optional<DdlErrorHandling.Operation> operation = operations.take(sourceId, end);
    DdlStatement parsed = DdlParser.parse(sql, ddl.schema());
    List<String> targetSql = new ArrayList<>();
    if (parsed instanceof DdlStatement.Unsupported u) {
      EventDecision d = rules.unparsedStatement(sql);
      if (d.outcome() == EventDecision.Outcome.ERROR) {
        throw new FerryException(ErrorCode.DDL_BLOCKED, end, sql);
      }
      if (!d.isSkip() && operation.isEmpty()) {
        if (TABLE_DDL.matcher(sql).find()) {
          throw new FerryException(
              ErrorCode.SCHEMA_UNTRACKED, "the statement at " + end, u.reason() + ": " + sql);
        }
        log(
            EventKind.DDL_SKIPPED,
            "skipped a statement Ferry does not replicate (" + u.reason() + "): " + sql);
        return false;
      }
    } else {
      for (DdlStatement piece : DdlSplitter.split(parsed, ddl.schema())) {
        targetSql.addAll(piece(piece, end));
      }
    }
    if (operation.isPresent()) {
      targetSql = operation.get().skip() ? List.of() : operation.get().statements();
      log(
          EventKind.DDL_SKIPPED,
          (operation.get().skip() ? "skipped by the user: " : "replaced by the user: ")
              + sql
              + (operation.get().skip() ? "" : " → " + String.join("; ", targetSql)));
    }
    String currentSchema =
        ddl.schema() == null || ddl.schema().isEmpty() ? null : names.schema(ddl.schema());
    for (String statement : targetSql) {
      try {
        boolean changed = applier.execute(statement, currentSchema, timestamp);
        log(EventKind.DDL_APPLIED, (changed ? "applied: " : "already applied: ") + statement);
      } catch (SQLException e) {
        String error = SqlErrors.serverMessage(e);
        operations.recordFailure(
            new DdlErrorHandling.FailedDdl(sourceId, end, sql, statement, error));
        throw FerryException.withAction(
            ErrorCode.TARGET_DDL_REJECTED,
            "Skip the statement or replace it with SQL the target accepts (binlog skip/replace at "
                + end
                + "), then resume.",
            e,
            statement + " (source " + sourceId + " at " + end + ")",
            error);
      }
    }
    operations.done(sourceId, end);
    return true;
  }

  /** Decides, tracks and plans one split piece. */
  private List<String> piece(DdlStatement piece, BinlogPosition end) {
    List<TableId> tables = tablesOf(piece);
    String schema = schemaOf(piece, tables);
    String table = tables.isEmpty() ? "" : tables.get(0).table();
    EventDecision decision =
        rules.ddl(schema, table, DdlClassifier.classify(piece.sql()).type(), piece.sql());
    if (decision.outcome() == EventDecision.Outcome.SKIP_NOT_MIGRATED
        || decision.outcome() == EventDecision.Outcome.SKIP_BUILT_IN) {
      return List.of();
    }
    if (decision.outcome() == EventDecision.Outcome.ERROR) {
      throw new FerryException(
          ErrorCode.DDL_BLOCKED, end, piece.sql() + " (rule " + decision.ruleName() + ")");
    }
    // filtered DDL still moves the tracked schema: later row events are written with it (as DM
    // does)
    try {
      tracker.apply(piece, end);
    } catch (IllegalStateException e) {
      throw new FerryException(
          ErrorCode.SCHEMA_UNTRACKED,
          e,
          schema + (table.isEmpty() ? "" : "." + table),
          e.getMessage());
    }
    for (TableId t : tables) {
      metrics.table(new SourceTable(sourceId, t), safeTarget(t)).addDdl();
    }
    metrics.ddls.increment();
    if (decision.isSkip()) {
      log(EventKind.DDL_SKIPPED, "filtered by rule " + decision.ruleName() + ": " + piece.sql());
      return List.of();
    }
    return stage.plan(piece, names);
  }

  private TableId safeTarget(TableId source) {
    try {
      return names.table(source);
    } catch (RuntimeException e) {
      return source;
    }
  }

  private static String schemaOf(DdlStatement s, List<TableId> tables) {
    if (s instanceof DdlStatement.CreateDatabase c) {
      return c.name();
    }
    if (s instanceof DdlStatement.DropDatabase d) {
      return d.name();
    }
    if (s instanceof DdlStatement.AlterDatabase a) {
      return a.name() == null ? "" : a.name();
    }
    return tables.isEmpty() ? "" : tables.get(0).schema();
  }

  static List<TableId> tablesOf(DdlStatement s) {
    List<TableRef> refs = new ArrayList<>();
    if (s instanceof DdlStatement.CreateTable c) {
      refs.add(c.table());
    } else if (s instanceof DdlStatement.CreateTableLike c) {
      refs.add(c.table());
    } else if (s instanceof DdlStatement.AlterTable a) {
      refs.add(a.table());
    } else if (s instanceof DdlStatement.DropTables d) {
      refs.addAll(d.tables());
    } else if (s instanceof DdlStatement.RenameTables r) {
      r.pairs().forEach(p -> refs.add(p[0]));
    } else if (s instanceof DdlStatement.TruncateTable t) {
      refs.add(t.table());
    } else if (s instanceof DdlStatement.CreateIndex c) {
      refs.add(c.table());
    } else if (s instanceof DdlStatement.DropIndex d) {
      refs.add(d.table());
    }
    return refs.stream().map(TableRef::id).toList();
  }

  private void log(EventKind kind, String message) {
    LOG.info("{}: {}", sourceId, message);
    store.events().append(taskId, kind, sourceId + ": " + message);
  }
}
