package dev.ferry.engine.load;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.EventKind;
import dev.ferry.domain.TableId;
import dev.ferry.domain.TablePhase;
import dev.ferry.engine.dump.ServerFlavor;
import dev.ferry.engine.dump.Snapshot;
import dev.ferry.engine.dump.SnapshotOpener;
import dev.ferry.engine.dump.SourceConnector;
import dev.ferry.engine.run.ProgressRegistry;
import dev.ferry.store.StateStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full copy of one source: applies {@code on-existing-table}, prepares the tables (schema,
 * chunk plan), opens a consistent snapshot, records its binlog position as the sync's start point,
 * then runs {@code threads} lanes that each stream chunks from their snapshot connection into a
 * target connection. State is committed per chunk after the target committed it, so a rerun
 * continues where it stopped.
 */
public final class FullCopy {

  private static final Logger LOG = LoggerFactory.getLogger(FullCopy.class);

  private final String sourceId;
  private final SourceConnector source;
  private final TargetConnector target;
  private final StateStore store;
  private final UUID taskId;
  private final CopySettings settings;
  private final ProgressRegistry progress;
  private final ThreadFactory threads;
  private final BooleanSupplier stop;

  public FullCopy(
      String sourceId,
      SourceConnector source,
      TargetConnector target,
      StateStore store,
      UUID taskId,
      CopySettings settings,
      ProgressRegistry progress,
      ThreadFactory threads,
      BooleanSupplier stop) {
    this.sourceId = sourceId;
    this.source = source;
    this.target = target;
    this.store = store;
    this.taskId = taskId;
    this.settings = settings;
    this.progress = progress;
    this.threads = threads;
    this.stop = stop;
  }

  /**
   * Copies {@code tables}. Returns normally when done or when a stop was requested (then every
   * finished chunk is recorded); throws on the first failure after stopping the other lanes.
   */
  public void run(List<CopyTable> tables) throws SQLException, InterruptedException {
    List<PreparedTable> prepared = prepare(tables);
    List<PreparedTable.Work> work = new ArrayList<>();
    prepared.forEach(t -> work.addAll(t.work));
    IndexFinisher finisher = new IndexFinisher(store, taskId);
    try (IndexBuilds indexes = new IndexBuilds(target, settings.skipTargetBinlog(), finisher, threads)) {
      // tables whose chunks were all done before this run (an index build the last run did not
      // finish, or nothing left to copy) are finished first
      for (PreparedTable t : prepared) {
        if (t.remaining.get() == 0) {
          indexes.submit(t);
        }
      }
      if (!work.isEmpty()) {
        int lanes = Math.min(settings.dump().threads(), work.size());
        SnapshotOpener opener =
            new SnapshotOpener(
                source, line -> store.events().append(taskId, EventKind.INFO, sourceId + ": " + line));
        try (Snapshot snapshot =
            opener.open(
                settings.dump().consistency(), lanes, prepared.stream().map(t -> t.copy.source().table()).toList())) {
          try (Connection src = source.open()) {
            pinTime(src); // as when the definitions were first read (TIMESTAMP defaults show in it)
            SnapshotSchemas.verify(src, prepared);
          }
          recordStartPoint(snapshot, prepared);
          new CopyLanes(snapshot, target, store, taskId, settings, threads, stop, indexes).run(work);
        }
      }
      if (stop.getAsBoolean()) {
        return; // closing aborts a running index build: the next run completes it
      }
      indexes.awaitAll();
    }
    for (PreparedTable t : prepared) { // only reached when not stopped: all should be done
      if (t.counters.phase() != TablePhase.DONE) {
        LOG.warn("{} ended in phase {}", t.copy.source(), t.counters.phase());
      }
    }
  }

  /**
   * Prepares the tables on up to {@code threads} pairs of connections at once (each table takes a
   * handful of round trips to both servers). The result keeps the order of {@code tables}.
   */
  private List<PreparedTable> prepare(List<CopyTable> tables) throws SQLException, InterruptedException {
    ServerFlavor targetFlavor;
    try (Connection tgt = target.open()) {
      TargetSession.pin(tgt, false);
      targetFlavor = TargetSchema.flavor(tgt);
      ExistingTargetTables.apply(tgt, store, taskId, tables, t -> settings.existing());
    }
    TablePreparer preparer = new TablePreparer(store, taskId, settings, progress);
    PreparedTable[] prepared = new PreparedTable[tables.size()];
    // tables merged into one target table (shards) are prepared one after the other, by one worker:
    // the first creates the target table, the next find it
    Map<TableId, List<Integer>> byTarget = new LinkedHashMap<>();
    for (int i = 0; i < tables.size(); i++) {
      byTarget.computeIfAbsent(tables.get(i).target(), t -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> groups = List.copyOf(byTarget.values());
    AtomicInteger next = new AtomicInteger();
    int workers = Math.max(1, Math.min(settings.dump().threads(), groups.size()));
    ExecutorService pool = Executors.newFixedThreadPool(workers, threads);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        done.add(pool.submit(() -> {
          try (Connection src = source.open(); Connection tgt = target.open()) {
            pinTime(src);
            TargetSession.pin(tgt, false);
            for (int g = next.getAndIncrement(); g < groups.size(); g = next.getAndIncrement()) {
              for (int i : groups.get(g)) {
                prepared[i] = preparer.prepare(src, tgt, targetFlavor, tables.get(i));
              }
            }
          } catch (RuntimeException | SQLException e) {
            next.set(groups.size()); // the other workers stop after the tables they are on
            throw e;
          }
          return null;
        }));
      }
      Futures.awaitAll(done);
    } finally {
      pool.shutdownNow();
    }
    return List.of(prepared);
  }

  /**
   * The first snapshot's position is where the sync starts. A resumed copy reads later rows from a
   * newer snapshot, so the sync must be idempotent (safe mode) until it passes the newest snapshot's
   * position: that becomes the safe-mode exit point. {@code none} does the same with its "after"
   * position.
   */
  private void recordStartPoint(Snapshot snapshot, List<PreparedTable> prepared) {
    Optional<BinlogPosition> existing = store.checkpoints().global(taskId, sourceId);
    if (snapshot.start().isEmpty()) {
      LOG.warn("{} has no binary log: no start point for a sync was recorded", sourceId);
      return;
    }
    if (existing.isEmpty()) {
      // the tables' definitions at the start point, for the sync (see SnapshotSchemas)
      SnapshotSchemas.record(store, taskId, prepared, snapshot.start().get());
      store.checkpoints().saveGlobal(taskId, sourceId, snapshot.start().get());
      snapshot.safeModeExit().ifPresent(p -> store.checkpoints().setSafeModeExit(taskId, sourceId, p));
      store.events().append(taskId, EventKind.INFO,
          sourceId + ": full copy snapshot (" + snapshot.used().dmName() + ") at " + snapshot.start().get()
              + gtid(snapshot.start().get()));
    } else {
      BinlogPosition exit = snapshot.safeModeExit().orElse(snapshot.start().get());
      store.checkpoints().setSafeModeExit(taskId, sourceId, exit);
      store.events().append(taskId, EventKind.INFO,
          sourceId + ": resumed copy reads a newer snapshot; the sync starts at " + existing.get()
              + " in safe mode until " + exit);
    }
  }

  private static String gtid(BinlogPosition p) {
    return p.hasGtid() ? " (GTID " + p.gtidSet() + ")" : "";
  }

  private static void pinTime(Connection c) throws SQLException {
    try (var s = c.createStatement()) {
      s.execute("SET SESSION time_zone = '+00:00'");
    }
  }

}
