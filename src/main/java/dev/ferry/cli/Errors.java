package dev.ferry.cli;

import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import dev.ferry.engine.ProgressSnapshot;
import java.io.PrintWriter;

/** Prints engine errors as code, message and fix, and maps them to exit codes. */
final class Errors {

  private Errors() {}

  static int print(PrintWriter err, FerryException e) {
    return print(err, e.code().id(), e.userMessage(), e.suggestedAction(), e.code());
  }

  static int print(PrintWriter err, ProgressSnapshot.ErrorInfo e) {
    ErrorCode code = null;
    for (ErrorCode c : ErrorCode.values()) {
      if (c.id().equals(e.code())) {
        code = c;
      }
    }
    return print(err, e.code(), e.message(), e.action(), code);
  }

  private static int print(PrintWriter err, String id, String message, String action, ErrorCode code) {
    err.println("error " + id + ": " + message);
    err.println("  fix: " + action);
    return exitCode(code);
  }

  /** The exit code for an error; unknown codes (null) count as a failed task. */
  static int exitCode(ErrorCode code) {
    if (code == ErrorCode.CONFIG_INVALID || code == ErrorCode.SECRET_UNAVAILABLE) {
      return ExitCodes.USAGE;
    }
    if (code != null && code.category() == ErrorCode.Category.AUTH) {
      return ExitCodes.AUTH_FAILED;
    }
    return code == ErrorCode.PRECHECK_FAILED ? ExitCodes.PRECHECK_FAILED : ExitCodes.TASK_FAILED;
  }
}
