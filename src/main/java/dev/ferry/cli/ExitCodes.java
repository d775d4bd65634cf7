package dev.ferry.cli;

/** The command line's exit codes, documented in the README. */
public final class ExitCodes {

  public static final int OK = 0;
  /** An unexpected failure (a bug); details in the log. */
  public static final int FAILURE = 1;
  /** Wrong usage, or a project/config that is invalid or unreadable. */
  public static final int USAGE = 2;
  /** The precheck found errors. */
  public static final int PRECHECK_FAILED = 3;
  /** The task failed or paused on an error. */
  public static final int TASK_FAILED = 4;
  /**
   * A server refused Ferry's login or lacks a privilege Ferry needs (wrong password, missing
   * account, MySQL errors 1045/1044/1142…): decided from the engine's error category, never from
   * message text. Nothing was changed.
   */
  public static final int AUTH_FAILED = 5;

  private ExitCodes() {}
}
