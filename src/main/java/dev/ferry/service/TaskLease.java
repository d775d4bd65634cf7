package dev.ferry.service;

import dev.ferry.store.TaskLock;

/**
 * The right to run one task, held by the caller across several runs: {@code ferry run} keeps it
 * while a paused task waits for {@code ferry resume}, so no second process can start the task in
 * between. Released on {@link #close()} or when the process ends in any way.
 */
public final class TaskLease implements AutoCloseable {

  private final TaskLock lock;

  TaskLease(TaskLock lock) {
    this.lock = lock;
  }

  TaskLock lock() {
    return lock;
  }

  @Override
  public void close() {
    lock.close();
  }
}
