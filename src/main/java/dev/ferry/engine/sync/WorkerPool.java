package dev.ferry.engine.sync;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@code worker-count} apply workers, each on its own thread and connection. {@link #drain}
 * waits until everything dispatched is committed: the checkpoint, a DDL and a causality conflict
 * all need that point.
 */
final class WorkerPool implements AutoCloseable {

  private final List<ApplyWorker> workers = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();

  WorkerPool(
      int count,
      int queueSize,
      int batch,
      BatchPlanner planner,
      Supplier<Connection> connector,
      SyncMetrics metrics,
      ThreadFactory factory,
      Consumer<String> retries) {
    for (int i = 0; i < Math.max(1, count); i++) {
      ApplyWorker w = new ApplyWorker(i, queueSize, batch, planner, connector, metrics, retries);
      workers.add(w);
      Thread t = factory.newThread(w);
      threads.add(t);
      t.start();
    }
  }

  int size() {
    return workers.size();
  }

  void dispatch(int worker, ApplyWorker.Job job) throws InterruptedException {
    ApplyWorker w = workers.get(worker);
    if (!w.offer(job)) {
      throwIfFailed();
      throw new InterruptedException("stopping");
    }
  }

  /** Waits until every dispatched change is committed; re-raises a worker's failure. */
  void drain() throws InterruptedException {
    while (true) {
      throwIfFailed();
      boolean idle = true;
      for (ApplyWorker w : workers) {
        idle &= w.idle();
      }
      if (idle) {
        return;
      }
      Thread.sleep(1);
    }
  }

  void throwIfFailed() {
    for (ApplyWorker w : workers) {
      RuntimeException f = w.failure();
      if (f != null) {
        throw f;
      }
    }
  }

  boolean idle() {
    for (ApplyWorker w : workers) {
      if (!w.idle()) {
        return false;
      }
    }
    return true;
  }

  long queued() {
    long n = 0;
    for (ApplyWorker w : workers) {
      n += w.enqueued.get() - w.completed.get();
    }
    return n;
  }

  @Override
  public void close() {
    workers.forEach(ApplyWorker::stop);
    for (Thread t : threads) {
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
