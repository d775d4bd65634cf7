package dev.ferry.engine.load;

import dev.ferry.config.ByteSizes;
import dev.ferry.config.TaskConfig.CollationCompatible;
import dev.ferry.domain.TablePhase;
import dev.ferry.engine.dump.ChunkSampler;
import dev.ferry.engine.dump.KeyTuple;
import dev.ferry.engine.dump.PlannedChunk;
import dev.ferry.engine.dump.ServerFlavor;
import dev.ferry.engine.dump.TableShape;
import dev.ferry.engine.dump.TableShapeReader;
import dev.ferry.engine.run.ProgressRegistry;
import dev.ferry.engine.run.TableCounters;
import dev.ferry.store.Chunk;
import dev.ferry.store.ChunkRange;
import dev.ferry.store.ChunkState;
import dev.ferry.store.StateStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets one table ready: reads its shape, plans its chunks (or takes the stored plan on resume),
 * and creates the target table (with the source's collations spelt out under {@code
 * collation_compatible: strict}). The plan is stored before the table is created, so a stored plan
 * marks the target table as the copy's own on a later run.
 */
final class TablePreparer {

  private static final Logger LOG = LoggerFactory.getLogger(TablePreparer.class);

  private final StateStore store;
  private final UUID taskId;
  private final CopySettings settings;
  private final ProgressRegistry progress;

  TablePreparer(StateStore store, UUID taskId, CopySettings settings, ProgressRegistry progress) {
    this.store = store;
    this.taskId = taskId;
    this.settings = settings;
    this.progress = progress;
  }

  PreparedTable prepare(Connection source, Connection target, ServerFlavor targetFlavor, CopyTable copy)
      throws SQLException {
    TableShape shape = TableShapeReader.read(source, copy.source());
    List<Chunk> stored = store.chunks().chunks(taskId, copy.source());
    boolean resumed = !stored.isEmpty();
    TargetSchema.createDatabase(source, copy.source().table().schema(), target, copy.target().schema(),
        settings.collation(), targetFlavor);
    // on-existing-table was applied before any table was prepared (ExistingTargetTables)
    if (!resumed) {
      long chunkRows = shape.rowsPerChunk(settings.dump().chunkRows(), ByteSizes.parse(settings.dump().chunkFilesize()));
      List<PlannedChunk> plan = ChunkSampler.plan(source, shape, chunkRows);
      store.chunks().plan(taskId, copy.source(), plan.stream().map(TablePreparer::range).toList());
      store.progress().register(taskId, copy.source(), copy.target(), shape.estimatedRows());
      stored = store.chunks().chunks(taskId, copy.source());
      LOG.info("{}: {} chunk(s) of about {} rows, key {}", copy.source(), plan.size(),
          chunkRows, shape.keyIndex() == null ? "none" : shape.keyIndex());
    }
    String showCreate = TargetSchema.showCreateTable(source, copy.source().table());
    String sourceCreate = showCreate;
    if (settings.collation() == CollationCompatible.STRICT) {
      showCreate = StrictCollations.apply(showCreate, TargetSchema.sourceCollations(source, copy.source().table()));
    }
    SchemaAdapter.AdaptedTable adapted =
        SchemaAdapter.adapt(
            showCreate,
            copy.target(),
            targetFlavor,
            settings.load().deferSecondaryIndexes(),
            shape.keyIndex());
    if (!TargetSchema.tableExists(target, copy.target())) {
      TargetSchema.execute(target, adapted.create());
    }
    TableCounters counters = progress.table(copy.source(), copy.target());
    counters.rowsEstimated(shape.estimatedRows());
    List<PreparedTable.Work> work = new ArrayList<>();
    long rowsDone = 0;
    for (Chunk c : stored) {
      if (c.state() == ChunkState.DONE) {
        rowsDone += c.rows();
      }
    }
    PreparedTable table =
        new PreparedTable(copy, shape, adapted.deferred(), counters,
            (int) stored.stream().filter(c -> c.state() != ChunkState.DONE).count());
    for (Chunk c : stored) {
      if (c.state() != ChunkState.DONE) {
        work.add(new PreparedTable.Work(table, chunk(c.range()), c.state() == ChunkState.COPYING));
      }
    }
    table.work = List.copyOf(work);
    table.sourceCreate = sourceCreate;
    store.progress().table(taskId, copy.source())
        .ifPresent(p -> counters.resetRows(p.rowsDone(), p.bytesDone()));
    counters.rowsEstimated(Math.max(shape.estimatedRows(), counters.rowsDone()));
    counters.phase(TablePhase.WAITING);
    if (resumed && rowsDone > 0) {
      LOG.info("{}: resuming, {} of {} chunk(s) already done", copy.source(),
          stored.size() - work.size(), stored.size());
    }
    return table;
  }

  static ChunkRange range(PlannedChunk c) {
    return new ChunkRange(
        c.index(), c.lower() == null ? null : c.lower().encode(), c.upper() == null ? null : c.upper().encode());
  }

  static PlannedChunk chunk(ChunkRange r) {
    return new PlannedChunk(r.index(), KeyTuple.decode(r.lowerBound()), KeyTuple.decode(r.upperBound()));
  }
}
