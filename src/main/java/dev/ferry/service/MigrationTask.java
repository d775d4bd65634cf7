package dev.ferry.service;

import dev.ferry.domain.EventKind;
import dev.ferry.domain.Stage;
import dev.ferry.domain.TaskMode;
import dev.ferry.engine.FerryException;
import dev.ferry.engine.Migration;
import dev.ferry.engine.MigrationListener;
import dev.ferry.engine.ProgressSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A {@link RunningTask} backed by {@link Migration}s: each run (the first, and every resume) is a
 * new {@code Migration} from {@code factory}, run on a daemon thread of its own. Engine events are
 * queued here (bounded) and handed to the dashboard when it polls, never pushed to the UI thread.
 */
public final class MigrationTask implements RunningTask {

  static final int MAX_QUEUED_EVENTS = 5_000;

  private final UUID taskId;
  private final String name;
  private final TaskMode mode;
  private final Function<MigrationListener, Migration> factory;
  private final Clock clock;
  private final ConcurrentLinkedQueue<TaskEvent> events = new ConcurrentLinkedQueue<>();
  private final AtomicInteger queued = new AtomicInteger();
  private final AtomicInteger runs = new AtomicInteger();

  private volatile Migration current;
  private volatile Thread thread;

  /**
   * @param factory makes the migration for one run; it reports to the given listener
   */
  public MigrationTask(
      UUID taskId,
      String name,
      TaskMode mode,
      Function<MigrationListener, Migration> factory,
      Clock clock) {
    this.taskId = taskId;
    this.name = name;
    this.mode = mode;
    this.factory = factory;
    this.clock = clock;
  }

  /** Starts the first run. */
  public MigrationTask start() {
    launch();
    return this;
  }

  private synchronized void launch() {
    Migration m = factory.apply(new Listener());
    current = m;
    Thread t = new Thread(m, "ferry-" + name + "-run-" + runs.incrementAndGet());
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  @Override
  public UUID taskId() {
    return taskId;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public TaskMode mode() {
    return mode;
  }

  @Override
  public ProgressSnapshot snapshot() {
    return current.snapshot();
  }

  @Override
  public List<TaskEvent> drainEvents() {
    List<TaskEvent> out = new ArrayList<>();
    TaskEvent e;
    while ((e = events.poll()) != null) {
      queued.decrementAndGet();
      out.add(e);
    }
    return out;
  }

  @Override
  public void pause() {
    current.pause();
  }

  @Override
  public synchronized void resume() {
    if (!isActive()) {
      add(EventKind.INFO, "Resuming from the last checkpoints");
      launch();
    }
  }

  @Override
  public void stop() {
    current.stop();
  }

  @Override
  public boolean isActive() {
    Thread t = thread;
    return t != null && t.isAlive();
  }

  private void add(EventKind kind, String message) {
    if (queued.incrementAndGet() > MAX_QUEUED_EVENTS) {
      queued.decrementAndGet();
      return; // nobody is polling; the store's event log keeps the full history
    }
    events.add(new TaskEvent(Instant.now(clock), kind, message));
  }

  /** Runs on engine threads: only queues. */
  private final class Listener implements MigrationListener {
    @Override
    public void stageChanged(Stage from, Stage to) {
      add(EventKind.STAGE_CHANGED, "Stage " + from + " → " + to);
    }

    @Override
    public void event(EventKind kind, String message) {
      add(kind, message);
    }

    @Override
    public void error(FerryException error, boolean retrying) {
      add(
          retrying ? EventKind.RETRY : EventKind.ERROR,
          error.code().id() + ": " + error.userMessage() + (retrying ? " (retrying)" : ""));
    }
  }
}
