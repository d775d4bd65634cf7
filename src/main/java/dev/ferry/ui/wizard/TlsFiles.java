package dev.ferry.ui.wizard;

import static dev.ferry.ui.wizard.ConnectionFormViewModel.SSL_CA;
import static dev.ferry.ui.wizard.ConnectionFormViewModel.SSL_CERT;
import static dev.ferry.ui.wizard.ConnectionFormViewModel.SSL_KEY;
import static dev.ferry.ui.wizard.ConnectionFormViewModel.TLS;

import dev.ferry.config.TlsConfig;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inline checks of a connection's TLS fields: each file that is set must be an absolute path to
 * a readable file on this machine (the task runs here); a client certificate needs its key and the
 * other way round; files are of no use while TLS is off.
 */
final class TlsFiles {

  private TlsFiles() {}

  /** The field messages (field → message); empty when the TLS settings are fine. */
  static Map<String, String> check(TlsConfig.VerifyMode mode, String ca, String cert, String key) {
    Map<String, String> m = new LinkedHashMap<>();
    file(m, SSL_CA, "CA certificate", ca);
    file(m, SSL_CERT, "client certificate", cert);
    file(m, SSL_KEY, "client key", key);
    boolean hasCert = orNull(cert) != null;
    boolean hasKey = orNull(key) != null;
    if (hasCert && !hasKey) {
      m.putIfAbsent(SSL_KEY, "A client certificate needs its key file too.");
    } else if (hasKey && !hasCert) {
      m.putIfAbsent(SSL_CERT, "A client key needs its certificate file too.");
    }
    if (mode == null) {
      m.put(TLS, "Choose a TLS mode.");
    } else if (mode == TlsConfig.VerifyMode.DISABLED && (orNull(ca) != null || hasCert || hasKey)) {
      m.put(
          TLS,
          "TLS is off, so the certificate files are not used: choose a TLS mode, or clear"
              + " the files.");
    }
    return m;
  }

  private static void file(Map<String, String> m, String field, String what, String value) {
    String text = orNull(value);
    if (text == null) {
      return;
    }
    Path p;
    try {
      p = Path.of(text);
    } catch (InvalidPathException e) {
      m.put(field, "\"" + text + "\" is not a valid path.");
      return;
    }
    if (!p.isAbsolute()) {
      m.put(field, "Enter the full path of the " + what + " file (Browse… picks one).");
    } else if (!Files.isRegularFile(p)) {
      m.put(field, "No " + what + " file here: " + text + ". Check the path.");
    } else if (!Files.isReadable(p)) {
      m.put(field, "Ferry cannot read " + text + ": check the file's permissions.");
    }
  }

  /** The trimmed text, or null when blank. */
  static String orNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
