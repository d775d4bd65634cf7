package dev.ferry.config.secret;

import java.util.Optional;

/**
 * Asks the user for a password when a task starts ({@code ${ask}}): the GUI shows a dialog, the CLI
 * reads the console. Called on the caller's thread.
 */
@FunctionalInterface
public interface PasswordPrompt {

  /**
   * Asks for the password of {@code purpose} (such as {@code "source mysql-1 (repl@db1:3306)"}).
   *
   * @return the password, or empty when the user cancelled
   */
  Optional<String> ask(String purpose);

  /** For runs nobody watches: asking is impossible, so it always cancels. */
  static PasswordPrompt unavailable() {
    return purpose -> Optional.empty();
  }
}
