package dev.ferry.engine.db;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long to wait for a server, and extra Connector/J properties.
 *
 * @param connectTimeout TCP connect and login; an unreachable server fails after this
 * @param socketTimeout longest wait for any single read from the server; {@link Duration#ZERO}
 *     waits forever (long streaming reads of the dump set this to zero or hours)
 * @param driverProperties extra Connector/J properties (e.g. {@code rewriteBatchedStatements});
 *     they win over Ferry's defaults
 */
public record ConnectOptions(
    Duration connectTimeout, Duration socketTimeout, Map<String, String> driverProperties) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofMinutes(5);

  public ConnectOptions {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(socketTimeout, "socketTimeout");
    driverProperties =
        driverProperties == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(driverProperties));
  }

  public static ConnectOptions defaults() {
    return new ConnectOptions(DEFAULT_CONNECT_TIMEOUT, DEFAULT_SOCKET_TIMEOUT, Map.of());
  }

  public ConnectOptions withConnectTimeout(Duration timeout) {
    return new ConnectOptions(timeout, socketTimeout, driverProperties);
  }

  public ConnectOptions withSocketTimeout(Duration timeout) {
    return new ConnectOptions(connectTimeout, timeout, driverProperties);
  }

  /** A copy with one more driver property. */
  public ConnectOptions withDriverProperty(String name, String value) {
    Map<String, String> all = new LinkedHashMap<>(driverProperties);
    all.put(name, value);
    return new ConnectOptions(connectTimeout, socketTimeout, all);
  }
}
