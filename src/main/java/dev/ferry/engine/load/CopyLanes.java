package dev.ferry.engine.load;

import dev.ferry.domain.TablePhase;
import dev.ferry.engine.dump.BatchQueue;
import dev.ferry.engine.dump.ChunkPredicate;
import dev.ferry.engine.dump.ChunkReader;
import dev.ferry.engine.dump.Snapshot;
import dev.ferry.store.StateStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the chunk work on one lane per snapshot connection. A lane takes the next chunk ({@link
 * WorkQueue} keeps each lane on its own table), reads it
 * on its reader thread into a bounded {@link BatchQueue} and writes it on its own thread into one
 * target transaction; after the commit the chunk is recorded as done. The first failure stops all
 * lanes and is re-thrown by {@link #run}.
 */
final class CopyLanes {

  private static final Logger LOG = LoggerFactory.getLogger(CopyLanes.class);

  private final Snapshot snapshot;
  private final TargetConnector target;
  private final StateStore store;
  private final UUID taskId;
  private final CopySettings settings;
  private final ThreadFactory threads;
  private final BooleanSupplier stopRequested;
  private final IndexBuilds indexes;
  private final AtomicBoolean useInsert = new AtomicBoolean();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  CopyLanes(
      Snapshot snapshot,
      TargetConnector target,
      StateStore store,
      UUID taskId,
      CopySettings settings,
      ThreadFactory threads,
      BooleanSupplier stopRequested,
      IndexBuilds indexes) {
    this.snapshot = snapshot;
    this.target = target;
    this.store = store;
    this.taskId = taskId;
    this.settings = settings;
    this.threads = threads;
    this.stopRequested = stopRequested;
    this.indexes = indexes;
  }

  private boolean stopping() {
    return stopRequested.getAsBoolean() || failure.get() != null;
  }

  void run(List<PreparedTable.Work> work) throws SQLException, InterruptedException {
    WorkQueue queue = new WorkQueue(work);
    int lanes = snapshot.lanes().size();
    // two threads per lane: the writer (lane) and its reader
    ExecutorService pool = Executors.newFixedThreadPool(lanes * 2, threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < lanes; i++) {
        int id = i;
        Connection lane = snapshot.lanes().get(i);
        running.add(pool.submit(() -> lane(id, lane, queue, pool)));
      }
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
          failure.compareAndSet(null, e.getCause());
        }
      }
    } catch (InterruptedException e) {
      failure.compareAndSet(null, e);
      throw e;
    } finally {
      pool.shutdownNow();
      if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("Copy threads did not end within 30 s");
      }
    }
    Throwable t = failure.get();
    if (t instanceof SQLException e) {
      throw e;
    } else if (t instanceof InterruptedException e) {
      throw e;
    } else if (t instanceof RuntimeException e) {
      throw e;
    } else if (t != null) {
      throw new IllegalStateException(t);
    }
  }

  private Void lane(int id, Connection source, WorkQueue queue, ExecutorService pool)
      throws Exception {
    try (Connection tgt = target.open()) {
      TargetSession.pin(tgt, settings.skipTargetBinlog());
      tgt.setAutoCommit(false);
      ChunkWriter writer = new ChunkWriter(settings.load().onDuplicate(), useInsert);
      PreparedTable.Work w;
      while (!stopping() && (w = queue.next(id)) != null) {
        try {
          copy(source, tgt, writer, w, pool);
        } catch (Exception e) {
          if (stopRequested.getAsBoolean() && isStopSymptom(e)) {
            LOG.info("Stopped while copying chunk {} of {}", w.chunk().index(), w.table().copy.source());
            return null;
          }
          w.table().counters.phase(TablePhase.FAILED);
          w.table().counters.lastError(e.getMessage());
          failure.compareAndSet(null, e);
          throw e;
        }
      }
    }
    return null;
  }

  private void copy(Connection source, Connection tgt, ChunkWriter writer, PreparedTable.Work w, ExecutorService pool)
      throws Exception {
    PreparedTable table = w.table();
    store.chunks().markCopying(taskId, table.copy.source(), w.chunk().index());
    if (table.counters.phase() == TablePhase.WAITING) {
      table.counters.phase(TablePhase.COPYING);
      store.progress().setPhase(taskId, table.copy.source(), TablePhase.COPYING);
    }
    BatchQueue rows =
        new BatchQueue(settings.queueBatches(), b -> table.counters.addRows(b.rows().size(), b.bytes()));
    Future<Long> reader =
        pool.submit(
            () -> {
              try {
                return ChunkReader.read(source, table.shape, w.chunk(), settings.dump().where(), rows, this::stopping);
              } catch (Throwable t) {
                rows.fail(t);
                throw t;
              }
            });
    ChunkWriter.Written written;
    try {
      if (w.wasCopying()) {
        // the last run may have committed nothing or everything of this chunk: clear its range
        TargetSchema.execute(
            tgt, "DELETE FROM " + table.copy.target().quoted() + " WHERE " + ChunkPredicate.of(table.shape.key(), w.chunk()));
        // commit at once: the range's gap locks, held while the chunk loads, deadlocked with
        // other lanes loading neighbouring chunks (the chunk stays "copying" until done, so a
        // crash in between deletes again)
        tgt.commit();
      }
      written = writer.write(tgt, table.shape, table.copy.target(), rows);
      tgt.commit();
    } catch (BatchQueue.ProducerFailedException e) {
      rollback(tgt);
      throw unwrap(e.getCause());
    } catch (Exception e) {
      rows.abort();
      rollback(tgt);
      throw e;
    }
    long read = reader.get();
    if (read != written.rows()) {
      throw new IllegalStateException(
          "chunk " + w.chunk().index() + " of " + table.copy.source() + ": read " + read + " rows, wrote " + written.rows());
    }
    store.inTransaction(
        tx -> {
          tx.chunks().markDone(taskId, table.copy.source(), w.chunk().index(), written.rows());
          tx.progress().addDone(taskId, table.copy.source(), written.rows(), written.bytes());
        });
    if (table.remaining.decrementAndGet() == 0) {
      indexes.submit(table);
    }
  }

  private static Exception unwrap(Throwable t) {
    if (t instanceof Exception e) {
      return e;
    }
    return new IllegalStateException(t);
  }

  private static boolean isStopSymptom(Exception e) {
    return e instanceof InterruptedException
        || e instanceof BatchQueue.AbortedException
        || e.getCause() instanceof InterruptedException
        || e instanceof SQLException;
  }

  private static void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      LOG.debug("Rollback failed: {}", e.getMessage());
    }
  }
}
