package dev.ferry.engine.db;

import dev.ferry.config.TlsConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns DM-style PEM files ({@code ssl-ca}, {@code ssl-cert}, {@code ssl-key}) into the PKCS#12
 * key stores Connector/J reads. The stores are written once per set of files (re-written when a
 * file changes) into private temporary files, protected by a random password, deleted on exit.
 */
final class TlsStores {

  private static final Pattern PEM =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");
  // DER prefix wrapping a PKCS#1 RSA key into PKCS#8: version 0, rsaEncryption, NULL parameters.
  private static final byte[] RSA_ALGORITHM =
      HexFormat.of().parseHex("020100300d06092a864886f70d0101010500");

  private record Key(TlsConfig tls, long caModified, long certModified, long keyModified) {}

  private static final Map<Key, Properties> CACHE = new ConcurrentHashMap<>();

  private TlsStores() {}

  /** Connector/J properties for {@code tls}: sslMode and, when files are set, the key stores. */
  static Properties properties(TlsConfig tls, String serverLabel) {
    Properties props = new Properties();
    props.setProperty("sslMode", tls.verifyMode().name());
    if (tls.verifyMode() == TlsConfig.VerifyMode.DISABLED) {
      return props;
    }
    if (isSet(tls.sslCa()) || isSet(tls.sslCert())) {
      Key key =
          new Key(tls, modified(tls.sslCa()), modified(tls.sslCert()), modified(tls.sslKey()));
      props.putAll(CACHE.computeIfAbsent(key, k -> build(tls, serverLabel)));
    }
    return props;
  }

  private static Properties build(TlsConfig tls, String serverLabel) {
    Properties props = new Properties();
    try {
      if (isSet(tls.sslCa())) {
        KeyStore trust = emptyStore();
        List<Certificate> cas = certificates(Path.of(tls.sslCa()));
        for (int i = 0; i < cas.size(); i++) {
          trust.setCertificateEntry("ca-" + i, cas.get(i));
        }
        String password = randomPassword();
        Path file = write(trust, password, "ferry-trust-");
        props.setProperty("trustCertificateKeyStoreUrl", file.toUri().toString());
        props.setProperty("trustCertificateKeyStoreType", "PKCS12");
        props.setProperty("trustCertificateKeyStorePassword", password);
      }
      if (isSet(tls.sslCert())) {
        if (!isSet(tls.sslKey())) {
          throw new DbException(
              DbError.TLS_FAILED, serverLabel, "ssl-cert is set but ssl-key is not");
        }
        KeyStore keys = emptyStore();
        String password = randomPassword();
        List<Certificate> chain = certificates(Path.of(tls.sslCert()));
        keys.setKeyEntry(
            "client", privateKey(Path.of(tls.sslKey())), password.toCharArray(),
            chain.toArray(Certificate[]::new));
        Path file = write(keys, password, "ferry-client-");
        props.setProperty("clientCertificateKeyStoreUrl", file.toUri().toString());
        props.setProperty("clientCertificateKeyStoreType", "PKCS12");
        props.setProperty("clientCertificateKeyStorePassword", password);
      }
      return props;
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw new DbException(
          DbError.TLS_FAILED, serverLabel, "cannot read the TLS files: " + e.getMessage(), e);
    }
  }

  static List<Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
    byte[] bytes = Files.readAllBytes(file);
    List<Certificate> certs =
        new ArrayList<>(
            CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(bytes)));
    if (certs.isEmpty()) {
      throw new GeneralSecurityException("no certificate in " + file);
    }
    return certs;
  }

  static PrivateKey privateKey(Path file) throws IOException, GeneralSecurityException {
    String text = Files.readString(file, StandardCharsets.US_ASCII);
    Matcher m = PEM.matcher(text);
    if (!m.find()) {
      throw new GeneralSecurityException("no PEM private key in " + file);
    }
    byte[] der = Base64.getMimeDecoder().decode(m.group(2));
    byte[] pkcs8 =
        switch (m.group(1)) {
          case "PRIVATE KEY" -> der;
          case "RSA PRIVATE KEY" -> wrapRsa(der);
          default ->
              throw new GeneralSecurityException(
                  file + " holds a '" + m.group(1) + "' key; convert it with"
                      + " 'openssl pkcs8 -topk8 -nocrypt -in KEY -out key.pem'");
        };
    GeneralSecurityException last = null;
    for (String algorithm : List.of("RSA", "EC", "Ed25519", "DSA")) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
      } catch (GeneralSecurityException e) {
        last = e;
      }
    }
    throw new GeneralSecurityException("unsupported private key in " + file, last);
  }

  private static byte[] wrapRsa(byte[] pkcs1) {
    byte[] octets = concat(new byte[] {0x04}, derLength(pkcs1.length), pkcs1);
    byte[] body = concat(RSA_ALGORITHM, octets);
    return concat(new byte[] {0x30}, derLength(body.length), body);
  }

  private static byte[] derLength(int length) {
    if (length < 0x80) {
      return new byte[] {(byte) length};
    }
    if (length < 0x100) {
      return new byte[] {(byte) 0x81, (byte) length};
    }
    if (length < 0x10000) {
      return new byte[] {(byte) 0x82, (byte) (length >> 8), (byte) length};
    }
    return new byte[] {(byte) 0x83, (byte) (length >> 16), (byte) (length >> 8), (byte) length};
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }

  private static KeyStore emptyStore() throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    return store;
  }

  private static Path write(KeyStore store, String password, String prefix)
      throws IOException, GeneralSecurityException {
    Path file;
    try {
      file =
          Files.createTempFile(
              prefix, ".p12",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      file = Files.createTempFile(prefix, ".p12"); // not a POSIX file system (Windows)
    }
    file.toFile().deleteOnExit();
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, password.toCharArray());
    }
    return file;
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static boolean isSet(String path) {
    return path != null && !path.isBlank();
  }

  private static long modified(String path) {
    try {
      return isSet(path) ? Files.getLastModifiedTime(Path.of(path)).toMillis() : 0;
    } catch (IOException e) {
      return -1;
    }
  }
}
