package dev.ferry.engine.dump;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The bounded hand-off between one chunk's reader (producer) and its writer (consumer). The
 * producer blocks while it is full, so memory stays at {@code capacity} batches whatever the
 * table size. A producer failure is re-raised at the consumer; a consumer that gives up {@link
 * #abort}s so the producer stops instead of blocking forever.
 */
public final class BatchQueue {

  private static final Object END = new Object();

  private final BlockingQueue<Object> queue;
  private volatile Throwable producerFailure;
  private volatile boolean aborted;

  private final java.util.function.Consumer<RowBatch> onTaken;

  public BatchQueue(int capacity) {
    this(capacity, b -> {});
  }

  /**
   * @param onTaken sees every batch the consumer takes (live progress counters)
   */
  public BatchQueue(int capacity, java.util.function.Consumer<RowBatch> onTaken) {
    this.queue = new ArrayBlockingQueue<>(capacity + 1);
    this.onTaken = onTaken;
  }

  /** Thrown to the consumer when the producer failed; the cause is the producer's error. */
  public static final class ProducerFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ProducerFailedException(Throwable cause) {
      super("The chunk reader failed: " + cause.getMessage(), cause);
    }
  }

  /** Thrown to the producer when the consumer aborted. */
  public static final class AbortedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AbortedException() {
      super("The chunk writer stopped");
    }
  }

  /** Adds a batch, blocking while the queue is full. */
  public void put(RowBatch batch) throws InterruptedException {
    offer(batch);
  }

  /** Marks the end of the rows. */
  public void finish() throws InterruptedException {
    offer(END);
  }

  /** Records the producer's failure; the consumer gets it from its next {@link #take()}. */
  public void fail(Throwable failure) {
    producerFailure = failure;
    queue.clear(); // makes room so a consumer blocked in take() wakes up
    queue.offer(END);
  }

  /** Tells the producer to stop: its next put throws {@link AbortedException}. */
  public void abort() {
    aborted = true;
    queue.clear();
  }

  private void offer(Object item) throws InterruptedException {
    while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
      if (aborted) {
        throw new AbortedException();
      }
    }
    if (aborted) {
      throw new AbortedException();
    }
  }

  /**
   * The next batch, or null after the last one.
   *
   * @throws ProducerFailedException when the producer failed
   */
  public RowBatch take() throws InterruptedException {
    Object item = queue.take();
    if (producerFailure != null) {
      throw new ProducerFailedException(producerFailure);
    }
    if (item == END) {
      queue.offer(END); // later takes see the end too
      return null;
    }
    RowBatch batch = (RowBatch) item;
    onTaken.accept(batch);
    return batch;
  }
}
