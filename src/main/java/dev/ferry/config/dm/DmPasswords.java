package dev.ferry.config.dm;

import dev.ferry.config.Secret;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passwords in DM files. DM accepts plain text or {@code dmctl encrypt} output (AES with a key held
 * by the DM cluster, IV-prefixed, base64); Ferry adds {@code ${env:NAME}} references.
 */
final class DmPasswords {

  private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");

  /** AES block size: dmctl's ciphertext starts with a 16-byte IV. */
  private static final int IV_BYTES = 16;

  private DmPasswords() {}

  /**
   * The secret a DM password stands for. Empty means "not given" and becomes {@link Secret#ask()},
   * as a password DM leaves for the user to fill in; text that looks like dmctl ciphertext cannot
   * be decrypted outside the DM cluster and also becomes {@code ask}, with a warning.
   */
  static Secret read(String password, String path, DmProblems problems) {
    if (password == null || password.isEmpty()) {
      return Secret.ask();
    }
    Matcher env = ENV.matcher(password);
    if (env.matches()) {
      return Secret.env(env.group(1));
    }
    if (looksEncrypted(password)) {
      problems.warning(
          path,
          "The password looks encrypted with 'dmctl encrypt'; Ferry cannot decrypt it (the key"
              + " belongs to the DM cluster)",
          "Ferry will ask for the password when the task starts. To avoid that, replace the value"
              + " with ${env:VARIABLE} naming an environment variable that holds the password.");
      return Secret.ask();
    }
    return Secret.plain(password);
  }

  static boolean looksEncrypted(String password) {
    if (password.length() % 4 != 0 || !BASE64.matcher(password).matches()) {
      return false;
    }
    try {
      return Base64.getDecoder().decode(password).length > IV_BYTES;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** What is written to a DM file: {@code ${env:NAME}} for ENV secrets, otherwise nothing. */
  static String write(Secret secret) {
    return secret.kind() == Secret.Kind.ENV ? "${env:" + secret.value() + "}" : "";
  }
}
