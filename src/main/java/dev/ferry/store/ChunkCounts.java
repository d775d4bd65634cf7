package dev.ferry.store;

/**
 * How many chunks of a table are in each state, and the rows of the done ones.
 *
 * @param pending not started
 * @param copying in flight
 * @param done committed
 * @param rowsDone rows in the done chunks
 */
public record ChunkCounts(int pending, int copying, int done, long rowsDone) {

  public int total() {
    return pending + copying + done;
  }

  /** True when chunks exist and all are done. */
  public boolean allDone() {
    return total() > 0 && done == total();
  }
}
