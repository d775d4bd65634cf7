package dev.ferry.config.dm;

import dev.ferry.config.TlsConfig;
import dev.ferry.config.TlsConfig.VerifyMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DM's {@code security} block (TLS file paths) to and from {@link TlsConfig}. DM has no verify
 * mode: a CA file means the server certificate is checked against it ({@code VERIFY_CA}); a client
 * certificate without a CA means TLS without verification ({@code REQUIRED}); no block means
 * Ferry's default, {@code PREFERRED}.
 */
final class DmSecurity {

  private static final String[] INLINE = {
    "ssl-ca-base64",
    "ssl-cert-base64",
    "ssl-key-base64",
    "ssl-ca-bytes",
    "ssl-cert-bytes",
    "ssl-key-bytes"
  };

  private DmSecurity() {}

  static TlsConfig read(DmNode parent, DmProblems problems) {
    DmNode security = parent.object("security");
    if (security == null) {
      return TlsConfig.preferred();
    }
    String ca = blankToNull(security.string("ssl-ca"));
    String cert = blankToNull(security.string("ssl-cert"));
    String key = blankToNull(security.string("ssl-key"));
    for (String inline : INLINE) {
      if (security.has(inline)) {
        problems.error(
            security.pathOf(inline),
            "Inline certificate '" + inline + "' is not supported by Ferry",
            "Save the certificate or key as a PEM file and set its path in '"
                + inline.replaceAll("-(base64|bytes)$", "")
                + "'.");
      }
      security.skip(inline);
    }
    if (!security.strings("cert-allowed-cn").isEmpty()) {
      problems.unsupported(
          security.pathOf("cert-allowed-cn"),
          "'cert-allowed-cn' is not supported by Ferry",
          "Ferry checks the server certificate against ssl-ca; the common-name list is ignored.");
    }
    VerifyMode mode = expectedMode(ca, cert, key);
    return new TlsConfig(ca, cert, key, mode);
  }

  /** The verify mode an imported block with these files gets. */
  static VerifyMode expectedMode(String ca, String cert, String key) {
    if (ca != null) {
      return VerifyMode.VERIFY_CA;
    }
    return cert != null || key != null ? VerifyMode.REQUIRED : VerifyMode.PREFERRED;
  }

  /** The block to write, or null when no file is set. */
  static Map<String, Object> write(TlsConfig tls) {
    if (tls.sslCa() == null && tls.sslCert() == null && tls.sslKey() == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    putIfSet(out, "ssl-ca", tls.sslCa());
    putIfSet(out, "ssl-cert", tls.sslCert());
    putIfSet(out, "ssl-key", tls.sslKey());
    return out;
  }

  /** Whether the export loses the verify mode (DM cannot express it). */
  static boolean losesVerifyMode(TlsConfig tls) {
    return tls.verifyMode() != expectedMode(tls.sslCa(), tls.sslCert(), tls.sslKey());
  }

  private static void putIfSet(Map<String, Object> out, String key, String value) {
    if (value != null && !value.isBlank()) {
      out.put(key, value);
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
