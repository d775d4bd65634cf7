package dev.ferry.config;

/**
 * TLS settings of a connection (DM {@code security}): file paths of the CA, client certificate and
 * key, and how strictly the server is verified. Null paths mean "not set".
 */
public record TlsConfig(String sslCa, String sslCert, String sslKey, VerifyMode verifyMode) {

  /** Connector/J's {@code sslMode} values. */
  public enum VerifyMode {
    DISABLED,
    PREFERRED,
    REQUIRED,
    VERIFY_CA,
    VERIFY_IDENTITY
  }

  public static TlsConfig disabled() {
    return new TlsConfig(null, null, null, VerifyMode.DISABLED);
  }

  public static TlsConfig preferred() {
    return new TlsConfig(null, null, null, VerifyMode.PREFERRED);
  }
}
