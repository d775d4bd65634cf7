package dev.ferry.engine;

import dev.ferry.config.TaskConfig;
import dev.ferry.domain.EventKind;
import dev.ferry.domain.Stage;
import dev.ferry.domain.TaskUnit;
import dev.ferry.engine.run.ProgressRegistry;
import dev.ferry.engine.run.RetryPolicy;
import dev.ferry.engine.run.RunContext;
import dev.ferry.engine.run.Unit;
import dev.ferry.engine.run.UnitChain;
import dev.ferry.store.StateStore;
import dev.ferry.store.StoreException;
import dev.ferry.store.TaskAction;
import dev.ferry.store.TaskLock;
import dev.ferry.store.TaskLockedException;
import dev.ferry.store.TaskState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a task: takes the task's lock, runs the remaining units of its chain from the stored
 * checkpoints, retries transient faults with back-off, and persists every stage change. {@link
 * #run()} blocks; call it on a thread of its own and use {@link #pause()}, {@link #stop()} and
 * {@link #snapshot()} from others. A pause or stop asked for through the store by another
 * process ({@code ferry pause}) is honoured too.
 */
public final class Migration implements Runnable, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Migration.class);
  private static final Duration CONTROL_POLL = Duration.ofMillis(500);
  /** How long units get to stop by themselves (flushing checkpoints) before they are interrupted. */
  static final Duration STOP_GRACE = Duration.ofSeconds(10);

  private final UUID taskId;
  private final Path projectFile;
  private final TaskConfig config;
  private final StateStore store;
  private final Map<TaskUnit, Unit> units;
  private final MigrationListener listener;
  private final RetryPolicy retry;
  private final ProgressRegistry progress = new ProgressRegistry();
  private final Supplier<SyncStatus> syncStatus;
  private final TaskLock heldLock;

  private volatile Stage stage = Stage.NEW;
  private volatile TaskAction stopReason;
  private volatile ProgressSnapshot.ErrorInfo lastError;
  private volatile Thread runner;
  private final AtomicBoolean graceTimer = new AtomicBoolean();

  /**
   * @param config the frozen configuration, secrets already resolved
   * @param units the implementation of each unit the task mode needs
   * @param syncStatus the sync unit's live status (null while it does not run); may be null
   */
  public Migration(
      UUID taskId,
      Path projectFile,
      TaskConfig config,
      StateStore store,
      Map<TaskUnit, Unit> units,
      MigrationListener listener,
      RetryPolicy retry,
      Supplier<SyncStatus> syncStatus) {
    this(taskId, projectFile, config, store, units, listener, retry, syncStatus, null);
  }

  /**
   * Like the other constructor, for a caller that already holds the task's run lock (e.g. {@code
   * ferry run}, which keeps it while it waits for a resume): the run uses that lock and leaves it
   * held when it ends.
   *
   * @param heldLock the task's lock, taken by the caller; null to take (and release) it here
   */
  public Migration(
      UUID taskId,
      Path projectFile,
      TaskConfig config,
      StateStore store,
      Map<TaskUnit, Unit> units,
      MigrationListener listener,
      RetryPolicy retry,
      Supplier<SyncStatus> syncStatus,
      TaskLock heldLock) {
    if (heldLock != null && !heldLock.taskId().equals(taskId)) {
      throw new IllegalArgumentException("the lock of task " + heldLock.taskId() + " is not " + taskId);
    }
    this.heldLock = heldLock;
    this.taskId = Objects.requireNonNull(taskId);
    this.projectFile = projectFile;
    this.config = Objects.requireNonNull(config);
    this.store = Objects.requireNonNull(store);
    this.units = Map.copyOf(units);
    this.listener = listener == null ? MigrationListener.NONE : listener;
    this.retry = retry == null ? RetryPolicy.DEFAULT : retry;
    this.syncStatus = syncStatus == null ? () -> null : syncStatus;
  }

  public UUID taskId() {
    return taskId;
  }

  /** Asks the run to pause: units stop promptly after flushing checkpoints; stage PAUSED. */
  public void pause() {
    requestStop(TaskAction.PAUSE);
  }

  /** Asks the run to stop: like pause, but the stage becomes STOPPED. */
  public void stop() {
    requestStop(TaskAction.STOP);
  }

  /**
   * Sets the flag units and the back-off wait poll. Units stop on it cooperatively and flush their
   * checkpoints on the way out, which an interrupt would cut short (the sync's final flush, a
   * chunk's commit); a unit still running after {@link #STOP_GRACE} is interrupted.
   */
  private void requestStop(TaskAction action) {
    if (stopReason == null) {
      stopReason = action;
    }
    Thread t = runner;
    if (t != null && graceTimer.compareAndSet(false, true)) {
      Thread timer = new Thread(() -> interruptAfterGrace(t), "ferry-" + config.name() + "-stop");
      timer.setDaemon(true);
      timer.start();
    }
  }

  private void interruptAfterGrace(Thread run) {
    long until = System.nanoTime() + STOP_GRACE.toNanos();
    try {
      while (runner == run && System.nanoTime() < until) {
        Thread.sleep(100);
      }
    } catch (InterruptedException e) {
      return;
    }
    if (runner == run) {
      LOG.warn("Task {}: a unit did not stop within {} s of the request; interrupting it",
          config.name(), STOP_GRACE.toSeconds());
      run.interrupt();
    }
  }

  /** Where each source's binlog ends now (connects to the sources; not for the UI thread). */
  public Map<String, dev.ferry.domain.BinlogPosition> sourceHeads() {
    return SourceHeads.read(config);
  }

  /** The current progress; cheap, never blocks on the engine. */
  public ProgressSnapshot snapshot() {
    return new ProgressSnapshot(
        taskId, config.name(), stage, Instant.now(), progress.tables(), syncStatus.get(), lastError);
  }

  /** Runs the task until it finishes, pauses, stops or fails. Never throws for task errors. */
  @Override
  public void run() {
    runner = Thread.currentThread();
    try {
      if (heldLock != null) {
        if (!heldLock.isHeld()) {
          throw new StoreException("The run lock " + heldLock.file() + " was released before the run");
        }
        runLocked();
      } else {
        try (TaskLock lock = store.lockTask(taskId, config.name())) {
          runLocked();
        }
      }
    } catch (TaskLockedException e) {
      fail(new FerryException(ErrorCode.TASK_LOCKED, e, e.getMessage()), false);
    } catch (StoreException e) {
      LOG.error("State store failure in task {}", config.name(), e);
      lastError = ProgressSnapshot.ErrorInfo.of(
          new FerryException(ErrorCode.STORE_FAILED, e, e.getMessage()), false);
      stage = Stage.FAILED;
    } finally {
      runner = null;
    }
  }

  private void runLocked() {
    TaskState state = store.tasks().find(taskId).orElse(null);
    if (state == null) {
      state = store.tasks().register(taskId, config.name(), projectFile, config.taskMode());
    }
    store.tasks().takeRequestedAction(taskId); // a request left from an earlier run is stale
    // a resume shows what earlier runs copied, even when it goes straight to the sync
    progress.seed(store.progress().tables(taskId));
    if (state.stage() == Stage.FINISHED) {
      stage = Stage.FINISHED;
      store.events().append(taskId, EventKind.INFO, "The task had already finished; nothing to do.");
      return;
    }
    List<TaskUnit> chain =
        state.unit() == null
            ? UnitChain.of(config.taskMode())
            : UnitChain.remaining(config.taskMode(), state.unit());
    for (TaskUnit kind : chain) {
      Unit unit = units.get(kind);
      if (unit == null) {
        FerryException missing = new FerryException(ErrorCode.UNIT_UNAVAILABLE, kind.name().toLowerCase());
        store.errors().record(taskId, missing.code().id(), missing.userMessage(), missing.suggestedAction());
        fail(missing, false);
        changeStage(Stage.FAILED, kind, missing.userMessage());
        return;
      }
      if (!runUnit(kind, unit)) {
        return;
      }
    }
    changeStage(Stage.FINISHED, chain.get(chain.size() - 1), "all units done");
  }

  /** Runs one unit with auto-resume; false when the task must not go on (paused/stopped/failed). */
  private boolean runUnit(TaskUnit kind, Unit unit) {
    changeStage(UnitChain.stageOf(kind), kind, "unit " + kind.name().toLowerCase() + " started");
    Thread watcher = startControlWatcher();
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          unit.run(new RunContext(taskId, config, store, progress, listener, () -> stopReason != null));
          if (stopReason != null) {
            rest(kind);
            return false;
          }
          lastError = null;
          return true;
        } catch (FerryException e) {
          if (stopReason != null) {
            rest(kind);
            return false;
          }
          if (!e.retryable()) {
            LOG.error("Task {} paused on {}", config.name(), e.code().id(), e);
            store.errors().record(taskId, e.code().id(), e.userMessage(), e.suggestedAction());
            fail(e, true);
            changeStage(Stage.PAUSED, kind, e.code().id() + ": " + e.userMessage());
            return false;
          }
          Duration wait = retry.delay(attempt);
          LOG.warn("Task {}: {} (retry {} in {})", config.name(), e.describe(), attempt, wait, e);
          store.events().append(taskId, EventKind.RETRY,
              "Retry " + attempt + " in " + wait.toSeconds() + " s after " + e.code().id() + ": " + e.userMessage());
          lastError = ProgressSnapshot.ErrorInfo.of(e, true);
          listener.error(e, true);
          if (!sleep(wait)) {
            rest(kind);
            return false;
          }
        } catch (InterruptedException e) {
          if (stopReason == null) {
            stopReason = TaskAction.STOP;
          }
          rest(kind);
          return false;
        } catch (RuntimeException e) {
          LOG.error("Unexpected failure in task {} unit {}", config.name(), kind, e);
          FerryException wrapped = new FerryException(ErrorCode.INTERNAL, e, e.toString());
          store.errors().record(taskId, wrapped.code().id(), wrapped.userMessage(), wrapped.suggestedAction());
          fail(wrapped, false);
          changeStage(Stage.FAILED, kind, wrapped.userMessage());
          return false;
        }
      }
    } finally {
      watcher.interrupt();
    }
  }

  private void rest(TaskUnit kind) {
    Stage resting = stopReason == TaskAction.PAUSE ? Stage.PAUSED : Stage.STOPPED;
    changeStage(resting, kind, resting == Stage.PAUSED ? "paused by the user" : "stopped by the user");
  }

  private void changeStage(Stage to, TaskUnit unit, String reason) {
    Stage from = stage;
    store.tasks().changeStage(taskId, to, unit, reason);
    stage = to;
    listener.stageChanged(from, to);
  }

  private void fail(FerryException e, boolean paused) {
    lastError = ProgressSnapshot.ErrorInfo.of(e, false);
    if (!paused) {
      stage = Stage.FAILED;
    }
    listener.error(e, false);
  }

  /** Takes pause/stop requests other processes leave in the store. */
  private Thread startControlWatcher() {
    Thread t =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted() && stopReason == null) {
                try {
                  store.tasks().takeRequestedAction(taskId).ifPresent(a -> {
                    if (a != TaskAction.RESUME) {
                      requestStop(a);
                    }
                  });
                  Thread.sleep(CONTROL_POLL.toMillis());
                } catch (InterruptedException e) {
                  return;
                } catch (StoreException e) {
                  LOG.warn("Cannot read control requests for task {}", config.name(), e);
                }
              }
            },
            "ferry-" + config.name() + "-control");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private boolean sleep(Duration wait) {
    long until = System.nanoTime() + wait.toNanos();
    while (stopReason == null && System.nanoTime() < until) {
      try {
        Thread.sleep(Math.min(200, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
      } catch (InterruptedException e) {
        return stopReason == null;
      }
    }
    return stopReason == null;
  }

  @Override
  public void close() {
    stop();
  }
}
