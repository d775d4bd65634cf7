package dev.ferry.engine.load;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for the copy's background tasks. */
final class Futures {

  private Futures() {}

  /**
   * Waits for each of {@code futures} in order; the first that failed rethrows its cause (an
   * {@link SQLException} or a runtime exception as it is, anything else wrapped).
   */
  static void awaitAll(List<? extends Future<?>> futures) throws SQLException, InterruptedException {
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof SQLException s) {
          throw s;
        }
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }
}
