package dev.ferry.engine;

import java.util.Objects;

/**
 * The one exception type the engine reports: an {@link ErrorCode}, a user message naming the
 * problem, and the action that fixes it. The UI and CLI show message and action; the stack trace
 * goes to the log once.
 */
public class FerryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final String action;

  public FerryException(ErrorCode code, Throwable cause, Object... args) {
    super(code.format(args), cause);
    this.code = Objects.requireNonNull(code);
    this.action = code.suggestedAction();
  }

  public FerryException(ErrorCode code, Object... args) {
    this(code, (Throwable) null, args);
  }

  /** With an action more specific than the code's default (e.g. the exact GRANT statement). */
  public static FerryException withAction(ErrorCode code, String action, Throwable cause, Object... args) {
    return new FerryException(code, cause, action, args);
  }

  private FerryException(ErrorCode code, Throwable cause, String action, Object[] args) {
    super(code.format(args), cause);
    this.code = Objects.requireNonNull(code);
    this.action = action;
  }

  public ErrorCode code() {
    return code;
  }

  public boolean retryable() {
    return code.retryable();
  }

  /** The message for users, without the code. */
  public String userMessage() {
    return getMessage();
  }

  public String suggestedAction() {
    return action;
  }

  /** {@code FERRY-2003: message. Fix: action} — one line for the console and the log. */
  public String describe() {
    return code.id() + ": " + getMessage() + " Fix: " + action;
  }
}
