package dev.ferry.engine.load;

import dev.ferry.domain.TablePhase;
import dev.ferry.store.ChunkCounts;
import dev.ferry.store.StateStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Finishes a table once all its chunks are done: adds the deferred secondary indexes and foreign
 * keys the target table lacks (so an interrupted build is completed, never repeated), then marks
 * the table done.
 */
final class IndexFinisher {

  private final StateStore store;
  private final UUID taskId;

  IndexFinisher(StateStore store, UUID taskId) {
    this.store = store;
    this.taskId = taskId;
  }

  void finishIfComplete(Connection target, PreparedTable table) throws SQLException {
    ChunkCounts counts = store.chunks().counts(taskId, table.copy.source());
    if (!counts.allDone()) {
      return;
    }
    boolean alreadyDone =
        store.progress().table(taskId, table.copy.source()).map(p -> p.phase() == TablePhase.DONE).orElse(false);
    if (!alreadyDone) {
      if (!table.deferred.isEmpty()) {
        setPhase(table, TablePhase.INDEXING);
        TargetSchema.addMissing(target, table.copy.target(), table.deferred);
      }
      // the estimate becomes the exact count now that the table is complete
      store.inTransaction(
          tx -> {
            tx.progress().setEstimate(taskId, table.copy.source(), counts.rowsDone());
            tx.progress().setPhase(taskId, table.copy.source(), TablePhase.DONE);
          });
    }
    table.counters.rowsEstimated(counts.rowsDone());
    table.counters.phase(TablePhase.DONE);
  }

  void setPhase(PreparedTable table, TablePhase phase) {
    table.counters.phase(phase);
    store.progress().setPhase(taskId, table.copy.source(), phase);
  }
}
