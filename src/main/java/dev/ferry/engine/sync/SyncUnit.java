package dev.ferry.engine.sync;

import dev.ferry.config.SourceConfig;
import dev.ferry.domain.TaskUnit;
import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import dev.ferry.engine.SyncStatus;
import dev.ferry.engine.run.Unit;
import dev.ferry.engine.run.UnitContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The incremental sync ({@link TaskUnit#SYNC}): replays every source's binlog on the target until a
 * stop is requested. Contract:
 *
 * <ul>
 *   <li><b>Start</b>: at the source's saved checkpoint, else its {@code meta}, else its current
 *       position; tracked schemas from the store as of that point (or read from the source once).
 *       Safe mode after an unclean end, during the full copy's lock-free window, or always.
 *   <li><b>Stop</b>: within about a second of {@link UnitContext#stopRequested()}: workers drain,
 *       the checkpoint is flushed at a transaction boundary.
 *   <li><b>Persist</b>: global and per-table checkpoints every {@code checkpoint-flush-interval}
 *       and after every DDL; tracked schemas at every DDL; the safe-mode exit point on failure.
 *   <li><b>Fail</b>: {@link FerryException}; purged binlogs, rejected DDL and data errors are not
 *       retryable, lost connections are (the binlog reader itself reconnects first).
 * </ul>
 *
 * <p>{@link #status()} is the {@link SyncStatus} supplier for {@code Migration.snapshot()}.
 */
public final class SyncUnit implements Unit {

  private final SyncTuning tuning;
  private final List<SourceSync> running = new CopyOnWriteArrayList<>();

  public SyncUnit() {
    this(SyncTuning.defaults());
  }

  public SyncUnit(SyncTuning tuning) {
    this.tuning = tuning;
  }

  @Override
  public TaskUnit kind() {
    return TaskUnit.SYNC;
  }

  /**
   * The sync's state now, or null when it is not running. With several sources: the first source's
   * positions, the highest lag, summed rates and queue depths, safe mode if any source has it.
   */
  public SyncStatus status() {
    SyncStatus merged = null;
    for (SourceSync s : running) {
      SyncStatus st = s.status();
      merged =
          merged == null
              ? st
              : new SyncStatus(
                  merged.sourcePosition(),
                  merged.appliedPosition(),
                  Math.max(merged.lagSeconds(), st.lagSeconds()),
                  merged.eventsPerSecond() + st.eventsPerSecond(),
                  merged.rowsPerSecond() + st.rowsPerSecond(),
                  merged.queueDepth() + st.queueDepth(),
                  merged.safeMode() || st.safeMode());
    }
    return merged;
  }

  @Override
  public void run(UnitContext context) throws InterruptedException {
    List<SourceConfig> sources = context.config().sources();
    if (sources.isEmpty()) {
      throw new FerryException(ErrorCode.CONFIG_INVALID, "the task has no source");
    }
    running.clear();
    try {
      if (sources.size() == 1) {
        SourceSync sync = new SourceSync(context, sources.get(0), tuning);
        running.add(sync);
        sync.run();
        return;
      }
      runAll(context, sources);
    } finally {
      running.clear();
    }
  }

  private void runAll(UnitContext context, List<SourceConfig> sources) throws InterruptedException {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicReference<Boolean> stop = new AtomicReference<>(false);
    UnitContext shared = new StoppableContext(context, () -> stop.get() || failure.get() != null);
    List<Thread> threads = new ArrayList<>();
    for (SourceConfig source : sources) {
      SourceSync sync = new SourceSync(shared, source, tuning);
      running.add(sync);
      Thread t =
          context
              .threads("sync")
              .newThread(
                  () -> {
                    try {
                      sync.run();
                    } catch (Throwable e) {
                      failure.compareAndSet(null, e);
                    }
                  });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    Throwable f = failure.get();
    if (f instanceof RuntimeException r) {
      throw r;
    }
    if (f instanceof InterruptedException i) {
      throw i;
    }
    if (f != null) {
      throw new FerryException(ErrorCode.INTERNAL, f, f.toString());
    }
  }
}
