package dev.ferry.engine.db;

import dev.ferry.config.Secret;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TlsConfig;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how to log in to one server of a task, with the password already in memory. Built from
 * the task's {@link SourceConfig} or {@link TargetConfig}, whose secrets the caller has resolved to
 * {@link Secret.Kind#PLAIN}. {@link #toString()} never shows the password.
 *
 * @param role source or target
 * @param id the source id ({@code "target"} for the target)
 * @param session session variables set on every connection (the target's {@code session})
 */
public record Endpoint(
    Role role,
    String id,
    String host,
    int port,
    String user,
    String password,
    TlsConfig tls,
    Map<String, String> session) {

  /** Whether the server is read from or written to. */
  public enum Role {
    SOURCE,
    TARGET
  }

  public Endpoint {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(host, "host");
    id = id == null ? "" : id;
    user = user == null ? "" : user;
    password = password == null ? "" : password;
    tls = tls == null ? TlsConfig.preferred() : tls;
    session = session == null ? Map.of() : Map.copyOf(session);
  }

  /**
   * The endpoint of a source.
   *
   * @throws DbException {@link DbError#SECRET_UNAVAILABLE} when the password is not {@code PLAIN}
   */
  public static Endpoint source(SourceConfig source) {
    String label = "source '" + source.sourceId() + "' (" + source.host() + ":" + source.port() + ")";
    return new Endpoint(
        Role.SOURCE,
        source.sourceId(),
        source.host(),
        source.port(),
        source.user(),
        plain(source.password(), label),
        source.tls(),
        Map.of());
  }

  /**
   * The endpoint of the target.
   *
   * @throws DbException {@link DbError#SECRET_UNAVAILABLE} when the password is not {@code PLAIN}
   */
  public static Endpoint target(TargetConfig target) {
    String label = "target (" + target.host() + ":" + target.port() + ")";
    return new Endpoint(
        Role.TARGET,
        "target",
        target.host(),
        target.port(),
        target.user(),
        plain(target.password(), label),
        target.tls(),
        target.session());
  }

  private static String plain(Secret secret, String label) {
    if (secret == null || secret.kind() != Secret.Kind.PLAIN) {
      throw new DbException(
          DbError.SECRET_UNAVAILABLE,
          label,
          "the password (" + secret + ") was not resolved before connecting");
    }
    return secret.value();
  }

  /** {@code source 'mysql-01' (db1:3306)} or {@code target (tidb:4000)}: for messages and logs. */
  public String label() {
    return role == Role.SOURCE
        ? "source '" + id + "' (" + host + ":" + port + ")"
        : "target (" + host + ":" + port + ")";
  }

  @Override
  public String toString() {
    return label() + " as " + user;
  }
}
