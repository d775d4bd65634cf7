package dev.ferry.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs the UI's background work (connection tests, table listing, precheck, saving) and hands the
 * result back on the UI thread. View models take this interface, so unit tests use {@link
 * CurrentThreadTaskExecutor} and need no toolkit (JabRef's {@code TaskExecutor} idea).
 */
public interface TaskExecutor {

  /**
   * Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the UI
   * thread.
   */
  <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

  /** Stops accepting work; running work finishes on its own (threads are daemons). */
  default void shutdown() {}
}
