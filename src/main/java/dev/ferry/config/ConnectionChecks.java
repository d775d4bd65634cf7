package dev.ferry.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Checks of one connection (target or source): address, account, password reference, TLS. */
final class ConnectionChecks {

  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern HOST_WITH_PORT = Pattern.compile("[^:\\[\\]]+:\\d+");

  private ConnectionChecks() {}

  static void check(
      String path,
      String host,
      int port,
      String user,
      Secret password,
      TlsConfig tls,
      List<ConfigProblem> problems) {
    checkHost(path + ".host", host, problems);
    if (port < 1 || port > 65535) {
      problems.add(
          ConfigProblem.error(
              path + ".port",
              "Port " + port + " is not between 1 and 65535.",
              "Use the server's port, usually 3306 for MySQL/MariaDB or 4000 for TiDB."));
    }
    if (user == null || user.isBlank()) {
      problems.add(
          ConfigProblem.error(path + ".user", "No user is set.", "Set the account to log in as."));
    }
    checkSecret(path + ".password", password, problems);
    if (tls != null) {
      checkTls(path + ".tls", tls, problems);
    }
  }

  private static void checkHost(String path, String host, List<ConfigProblem> problems) {
    if (host == null || host.isBlank()) {
      problems.add(
          ConfigProblem.error(
              path, "No host is set.", "Set the server's host name or IP address."));
    } else if (host.contains("://") || host.chars().anyMatch(Character::isWhitespace)) {
      problems.add(
          ConfigProblem.error(
              path,
              "\"" + host + "\" is not a host name or IP address.",
              "Write only the host name or address, without a scheme, path or spaces."));
    } else if (HOST_WITH_PORT.matcher(host).matches()) {
      problems.add(
          ConfigProblem.error(
              path,
              "\"" + host + "\" contains a port.",
              "Write the host alone and put the port in the port field."));
    }
  }

  static void checkSecret(String path, Secret secret, List<ConfigProblem> problems) {
    switch (secret.kind()) {
      case ENV -> {
        if (secret.value().isBlank()) {
          problems.add(
              ConfigProblem.error(
                  path,
                  "The password comes from an environment variable, but its name is empty.",
                  "Write the variable's name, as in ${env:TIDB_PASSWORD}."));
        } else if (!ENV_NAME.matcher(secret.value()).matches()) {
          problems.add(
              ConfigProblem.error(
                  path,
                  "\"" + secret.value() + "\" is not an environment variable name.",
                  "Use letters, digits and underscores, not starting with a digit."));
        }
      }
      case REMEMBERED -> {
        if (secret.value().isBlank()) {
          problems.add(
              ConfigProblem.error(
                  path,
                  "The password is marked as remembered but has no id in the local store.",
                  "Enter the password again and choose to remember it, or choose to be asked."));
        }
      }
      case ASK, PLAIN -> {
        // Nothing to check: asked at start, or typed in this session.
      }
    }
  }

  private static void checkTls(String path, TlsConfig tls, List<ConfigProblem> problems) {
    if (tls.verifyMode() == null) {
      problems.add(
          ConfigProblem.error(
              path + ".verify-mode",
              "No TLS mode is set.",
              "Choose disabled, preferred, required, verify-ca or verify-identity."));
    }
    boolean hasCert = isSet(tls.sslCert());
    boolean hasKey = isSet(tls.sslKey());
    if (hasCert != hasKey) {
      String missing = hasCert ? "ssl-key" : "ssl-cert";
      problems.add(
          ConfigProblem.error(
              path + "." + missing,
              "A client certificate needs both ssl-cert and ssl-key; " + missing + " is missing.",
              "Set " + missing + ", or clear the other one."));
    }
    boolean anyFile = isSet(tls.sslCa()) || hasCert || hasKey;
    if (anyFile && tls.verifyMode() == TlsConfig.VerifyMode.DISABLED) {
      problems.add(
          ConfigProblem.warning(
              path + ".verify-mode",
              "TLS is disabled, so the certificate files are not used.",
              "Choose a TLS mode, or clear the files."));
    }
    checkFile(path + ".ssl-ca", tls.sslCa(), problems);
    checkFile(path + ".ssl-cert", tls.sslCert(), problems);
    checkFile(path + ".ssl-key", tls.sslKey(), problems);
  }

  private static void checkFile(String path, String file, List<ConfigProblem> problems) {
    if (!isSet(file)) {
      return;
    }
    Path p;
    try {
      p = Path.of(file);
    } catch (InvalidPathException e) {
      problems.add(
          ConfigProblem.error(path, "\"" + file + "\" is not a valid path.", "Correct the path."));
      return;
    }
    if (!p.isAbsolute()) {
      problems.add(
          ConfigProblem.warning(
              path,
              "\"" + file + "\" is relative, so it depends on the directory Ferry was started in.",
              "Use an absolute path."));
    }
    if (!Files.isRegularFile(p)) {
      problems.add(
          ConfigProblem.warning(
              path,
              "File " + file + " does not exist on this machine.",
              "Check the path, or copy the file here before the task starts."));
    } else if (!Files.isReadable(p)) {
      problems.add(
          ConfigProblem.warning(
              path, "File " + file + " is not readable.", "Check the file's permissions."));
    }
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
