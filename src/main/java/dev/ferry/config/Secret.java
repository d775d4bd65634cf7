package dev.ferry.config;

import java.util.Objects;

/**
 * How a password is obtained. Only {@link Kind#PLAIN} holds the secret itself, and it exists only in
 * memory (typed in the wizard, read from a DM file): project files never store it.
 *
 * <ul>
 *   <li>{@link Kind#ASK}: ask the user when the task starts (GUI default); {@code value} unused.
 *   <li>{@link Kind#ENV}: read the environment variable named {@code value} ({@code ${env:NAME}}).
 *   <li>{@link Kind#REMEMBERED}: kept encrypted in this machine's local store under the id {@code
 *       value}.
 *   <li>{@link Kind#PLAIN}: the password itself, in memory only.
 * </ul>
 */
public record Secret(Kind kind, String value) {

  public enum Kind {
    ASK,
    ENV,
    REMEMBERED,
    PLAIN
  }

  public Secret {
    Objects.requireNonNull(kind, "kind");
    value = value == null ? "" : value;
  }

  public static Secret ask() {
    return new Secret(Kind.ASK, "");
  }

  public static Secret env(String variable) {
    return new Secret(Kind.ENV, variable);
  }

  public static Secret remembered(String id) {
    return new Secret(Kind.REMEMBERED, id);
  }

  public static Secret plain(String password) {
    return new Secret(Kind.PLAIN, password);
  }

  /** Never prints a plain password. */
  @Override
  public String toString() {
    return switch (kind) {
      case ASK -> "ask";
      case ENV -> "${env:" + value + "}";
      case REMEMBERED -> "remembered:" + value;
      case PLAIN -> "******";
    };
  }
}
