package dev.ferry.cli;

import dev.ferry.config.secret.PasswordPrompt;
import java.io.Console;
import java.util.Optional;

/** Asks for {@code ${ask}} passwords on the terminal; without one, asking is impossible. */
final class ConsolePrompt {

  private ConsolePrompt() {}

  static PasswordPrompt create() {
    Console console = System.console();
    if (console == null) {
      return PasswordPrompt.unavailable();
    }
    return purpose -> {
      char[] password = console.readPassword("Password for %s: ", purpose);
      return password == null ? Optional.empty() : Optional.of(new String(password));
    };
  }
}
