package dev.ferry.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work on a few named daemon threads and reports back through {@link Platform#runLater}. */
public final class BackgroundTaskExecutor implements TaskExecutor {

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundTaskExecutor.class);

  private final ExecutorService pool;

  public BackgroundTaskExecutor(int threads) {
    AtomicInteger n = new AtomicInteger();
    pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "ferry-ui-worker-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    pool.execute(
        () -> {
          try {
            T result = work.call();
            Platform.runLater(() -> onSuccess.accept(result));
          } catch (Exception | Error e) {
            LOG.warn("Background work failed", e);
            Platform.runLater(() -> onFailure.accept(e));
          }
        });
  }

  @Override
  public void shutdown() {
    pool.shutdownNow();
  }
}
