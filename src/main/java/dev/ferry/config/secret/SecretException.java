package dev.ferry.config.secret;

/**
 * A password cannot be obtained or stored: an environment variable is not set, a remembered
 * password is not on this machine, the user cancelled the prompt, or the local store is damaged.
 * The message says which and what to do; it never contains a password.
 */
public final class SecretException extends Exception {

  public SecretException(String message) {
    super(message);
  }

  public SecretException(String message, Throwable cause) {
    super(message, cause);
  }
}
