package dev.ferry.config.secret;

import dev.ferry.config.Secret;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** Turns a {@link Secret} into the actual password when a task starts. */
public final class SecretResolver {

  private final Function<String, String> environment;
  private final SecretStore store;
  private final PasswordPrompt prompt;

  /**
   * @param environment looks up environment variables ({@code System::getenv} in production)
   * @param store this machine's secret store, for remembered passwords
   * @param prompt asks the user, for {@code ${ask}} passwords
   */
  public SecretResolver(
      Function<String, String> environment, SecretStore store, PasswordPrompt prompt) {
    this.environment = Objects.requireNonNull(environment, "environment");
    this.store = Objects.requireNonNull(store, "store");
    this.prompt = Objects.requireNonNull(prompt, "prompt");
  }

  /** Reads the process environment. */
  public SecretResolver(SecretStore store, PasswordPrompt prompt) {
    this(System::getenv, store, prompt);
  }

  /**
   * The password {@code secret} stands for.
   *
   * @param purpose whose password it is, for the prompt and for messages, e.g. {@code "target
   *     (root@tidb:4000)"}
   * @throws SecretException when it cannot be obtained; the message names the variable or id
   */
  public String resolve(Secret secret, String purpose) throws SecretException {
    return switch (secret.kind()) {
      case PLAIN -> secret.value();
      case ENV -> fromEnvironment(secret.value(), purpose);
      case REMEMBERED -> fromStore(secret.value(), purpose);
      case ASK -> fromPrompt(purpose);
    };
  }

  private String fromEnvironment(String variable, String purpose) throws SecretException {
    if (variable.isBlank()) {
      throw new SecretException(
          "The password of "
              + purpose
              + " comes from an environment variable, but its name is"
              + " empty. Write it as ${env:NAME}.");
    }
    String value = environment.apply(variable);
    if (value == null) {
      throw new SecretException(
          "Environment variable "
              + variable
              + " is not set; it holds the password of "
              + purpose
              + ". Set it before starting Ferry.");
    }
    return value;
  }

  private String fromStore(String id, String purpose) throws SecretException {
    Optional<String> password = store.lookup(id);
    if (password.isEmpty()) {
      throw new SecretException(
          "The remembered password of "
              + purpose
              + " (id "
              + id
              + ") is not in this machine's"
              + " secret store "
              + store.directory()
              + ". Remembered passwords stay on the machine"
              + " they were saved on; enter the password again.");
    }
    return password.get();
  }

  private String fromPrompt(String purpose) throws SecretException {
    Optional<String> password = prompt.ask(purpose);
    if (password.isEmpty()) {
      throw new SecretException(
          "No password was entered for "
              + purpose
              + ". Enter it when asked, or save the project"
              + " with ${env:NAME} for unattended runs.");
    }
    return password.get();
  }
}
