package dev.ferry.store;

/**
 * A failure of the state store, with a message meant for the user (what failed, for which task, and
 * what to do when there is something to do). The store logs the stack trace once, when it raises
 * the exception; {@link #isLogged()} tells callers not to log it again.
 */
public class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private volatile boolean logged;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /** True once the store has written this exception's stack trace to the log. */
  public boolean isLogged() {
    return logged;
  }

  void markLogged() {
    logged = true;
  }
}
