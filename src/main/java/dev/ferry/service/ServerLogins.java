package dev.ferry.service;

import dev.ferry.config.Secret;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.engine.ConnectionTest;
import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Logs in to every server of a task once, before a run or a precheck touches anything. A refused
 * login (wrong password, unknown account, a database the account may not use) is its own error,
 * decided from the engine's {@link ErrorCode.Category#AUTH} (MySQL error 1045, 1044, …), never from
 * message text; it names the server and where the password came from, and nothing is written to the
 * task's state. Other connection trouble is left to the run, which retries it or reports it through
 * the precheck.
 */
final class ServerLogins {

  static final Duration TIMEOUT = Duration.ofSeconds(15);

  private ServerLogins() {}

  /**
   * @param configured the task as saved (its secrets say where each password comes from)
   * @param resolved the same task with every password resolved
   * @throws FerryException with a code of category AUTH when a server refuses the login
   */
  static void verify(TaskConfig configured, TaskConfig resolved) {
    for (int i = 0; i < resolved.sources().size(); i++) {
      SourceConfig s = resolved.sources().get(i);
      Secret origin = configured.sources().get(i).password();
      login(
          () -> ConnectionTest.source(s, TIMEOUT),
          "source '" + s.sourceId() + "' (" + s.host() + ":" + s.port() + ")",
          s.user(),
          origin);
    }
    TargetConfig t = resolved.target();
    login(
        () -> ConnectionTest.target(t, TIMEOUT),
        "target (" + t.host() + ":" + t.port() + ")",
        t.user(),
        configured.target().password());
  }

  private static void login(
      Supplier<ConnectionTest.Result> test, String server, String user, Secret origin) {
    try {
      test.get();
    } catch (FerryException e) {
      if (e.code() == ErrorCode.AUTH_FAILED) {
        throw FerryException.withAction(
            e.code(), action(server, user, origin), e.getCause(), server, causeText(e));
      }
      if (e.code().category() == ErrorCode.Category.AUTH) {
        throw e;
      }
      // unreachable, TLS, too many connections…: the run's own retries and precheck handle these
    }
  }

  /** The server's words (with its error number), without repeating Ferry's own prefix. */
  private static String causeText(FerryException e) {
    Throwable cause = e.getCause();
    return cause != null && cause.getMessage() != null ? cause.getMessage() : e.userMessage();
  }

  static String action(String server, String user, Secret origin) {
    String from =
        origin == null
            ? ""
            : switch (origin.kind()) {
              case ENV -> " It was read from the environment variable " + origin.value() + ".";
              case REMEMBERED ->
                  " It was read from this machine's secret store: enter it again in the wizard"
                      + " (Sources/Target step) and save.";
              case ASK -> " It is the password typed at the prompt.";
              case PLAIN -> "";
            };
    return "Check the user name '"
        + user
        + "' and the password for "
        + server
        + "."
        + from
        + " If they are right, the account may not exist for the host Ferry connects from."
        + " Nothing was changed: run again once the login works.";
  }
}
