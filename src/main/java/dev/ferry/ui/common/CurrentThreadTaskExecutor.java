package dev.ferry.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and its callbacks at once on the calling thread: for tests. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

  @Override
  public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
    T result;
    try {
      result = work.call();
    } catch (Exception | Error e) {
      onFailure.accept(e);
      return;
    }
    onSuccess.accept(result);
  }
}
