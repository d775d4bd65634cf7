package dev.ferry.config.project;

import dev.ferry.config.Secret;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a password reference is written in a project file: {@code ${ask}}, {@code ${env:NAME}} or
 * {@code ${remembered:ID}}. There is no form for a plain password.
 */
final class SecretText {

  static final String EXPECTED = "\"${ask}\", \"${env:NAME}\" or \"${remembered:ID}\"";

  private static final Pattern REFERENCE =
      Pattern.compile("\\$\\{(ask|env|remembered)(?::([^}]*))?}");

  private SecretText() {}

  /**
   * The text for {@code secret}.
   *
   * @throws IllegalStateException for a plain password, which must never reach a file
   */
  static String encode(Secret secret) {
    return switch (secret.kind()) {
      case ASK -> "${ask}";
      case ENV -> "${env:" + secret.value() + "}";
      case REMEMBERED -> "${remembered:" + secret.value() + "}";
      case PLAIN -> throw new IllegalStateException("A plain-text password must never be written");
    };
  }

  /** The secret {@code text} refers to, or empty when it is not a reference. */
  static Optional<Secret> decode(String text) {
    Matcher m = REFERENCE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String value = m.group(2);
    return switch (m.group(1)) {
      case "ask" -> value == null ? Optional.of(Secret.ask()) : Optional.empty();
      case "env" -> value == null ? Optional.empty() : Optional.of(Secret.env(value));
      default -> value == null ? Optional.empty() : Optional.of(Secret.remembered(value));
    };
  }
}
