package dev.ferry.config;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The downstream database (DM {@code target-database}). {@code session} holds session variables set
 * on every target connection; explicit values win over Ferry's own choices.
 */
public record TargetConfig(
    String host, int port, String user, Secret password, TlsConfig tls, Map<String, String> session) {

  public TargetConfig {
    tls = tls == null ? TlsConfig.preferred() : tls;
    password = password == null ? Secret.ask() : password;
    session = session == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(session));
  }
}
