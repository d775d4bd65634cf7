package dev.ferry.config.secret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ferry.config.AtomicFiles;
import dev.ferry.config.FerryHome;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords remembered on this machine, encrypted with AES-256-GCM. Lives in {@code
 * $FERRY_HOME/secrets/} (owner-only, {@code rwx------} where POSIX permissions exist):
 *
 * <ul>
 *   <li>{@code secret.key}: a random 256-bit key, base64, {@code rw-------}, created on first use;
 *   <li>{@code secrets.json}: {@code {"format-version":1,"entries":{"<id>":{"nonce":…,
 *       "ciphertext":…}}}}, each entry bound to its id (GCM associated data);
 *   <li>{@code .lock}: serialises writers across Ferry processes.
 * </ul>
 *
 * <p>Project files keep only the id ({@code ${remembered:ID}}). See decision record 0004 for what
 * this protects against and what it does not.
 */
public final class SecretStore {

  public static final String DIRECTORY = "secrets";
  static final String KEY_FILE = "secret.key";
  static final String STORE_FILE = "secrets.json";
  private static final String LOCK_FILE = ".lock";
  private static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path directory;

  /** A store in {@code directory} (created on first write). */
  public SecretStore(Path directory) {
    this.directory = directory.toAbsolutePath();
  }

  /** The store under {@link FerryHome#directory()}. */
  public static SecretStore inFerryHome() {
    return new SecretStore(FerryHome.directory().resolve(DIRECTORY));
  }

  public Path directory() {
    return directory;
  }

  /** Encrypts and keeps {@code password} under a new random id, which it returns. */
  public String remember(String password) throws SecretException {
    String id = UUID.randomUUID().toString();
    remember(id, password);
    return id;
  }

  /** Encrypts and keeps {@code password} under {@code id}, replacing what was there. */
  public synchronized void remember(String id, String password) throws SecretException {
    requireId(id);
    withLock(
        () -> {
          byte[] key = KeyFile.loadOrCreate(directory.resolve(KEY_FILE), hasEntries());
          Map<String, ObjectNode> entries = readEntries();
          entries.put(id, encrypt(key, id, password));
          writeEntries(entries);
          return null;
        });
  }

  /** The password kept under {@code id}, or empty when there is none. */
  public synchronized Optional<String> lookup(String id) throws SecretException {
    requireId(id);
    if (!Files.isDirectory(directory)) {
      return Optional.empty();
    }
    return withLock(
        () -> {
          ObjectNode entry = readEntries().get(id);
          if (entry == null) {
            return Optional.empty();
          }
          byte[] key = KeyFile.load(directory.resolve(KEY_FILE));
          return Optional.of(decrypt(key, id, entry));
        });
  }

  /** Removes the password kept under {@code id}; returns whether there was one. */
  public synchronized boolean forget(String id) throws SecretException {
    requireId(id);
    if (!Files.isDirectory(directory)) {
      return false;
    }
    return withLock(
        () -> {
          Map<String, ObjectNode> entries = readEntries();
          boolean removed = entries.remove(id) != null;
          if (removed) {
            writeEntries(entries);
          }
          return removed;
        });
  }

  /** The ids of every remembered password, sorted. */
  public synchronized Set<String> ids() throws SecretException {
    if (!Files.isDirectory(directory)) {
      return Set.of();
    }
    return withLock(() -> new TreeSet<>(readEntries().keySet()));
  }

  private interface LockedAction<T> {
    T run() throws IOException, GeneralSecurityException, SecretException;
  }

  private <T> T withLock(LockedAction<T> action) throws SecretException {
    try {
      KeyFile.createPrivateDirectory(directory);
      Path lockFile = directory.resolve(LOCK_FILE);
      try (FileChannel channel =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        return action.run();
      }
    } catch (IOException e) {
      throw new SecretException(
          "Cannot use the secret store " + directory + ": " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new SecretException(
          "A remembered password in "
              + directory
              + " cannot be decrypted: the key file was"
              + " replaced or the store was altered. Enter the password again.",
          e);
    }
  }

  private boolean hasEntries() throws IOException, SecretException {
    return !readEntries().isEmpty();
  }

  private Map<String, ObjectNode> readEntries() throws IOException, SecretException {
    Path file = directory.resolve(STORE_FILE);
    Map<String, ObjectNode> entries = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return entries;
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw damaged(file, e.getMessage());
    }
    JsonNode version = root == null ? null : root.get("format-version");
    if (version == null
        || version.intValue() != 1
        || !(root.get("entries") instanceof ObjectNode)) {
      throw damaged(file, "unknown format");
    }
    for (Map.Entry<String, JsonNode> e : root.get("entries").properties()) {
      if (!(e.getValue() instanceof ObjectNode entry)) {
        throw damaged(file, "entry " + e.getKey() + " is not an object");
      }
      entries.put(e.getKey(), entry);
    }
    return entries;
  }

  private void writeEntries(Map<String, ObjectNode> entries) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format-version", 1);
    ObjectNode all = root.putObject("entries");
    entries.forEach(all::set);
    byte[] content = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    AtomicFiles.write(directory.resolve(STORE_FILE), content);
  }

  private static SecretException damaged(Path file, String why) {
    return new SecretException(
        "The secret store "
            + file
            + " is damaged ("
            + why
            + "). Move it away and enter the"
            + " remembered passwords again.");
  }

  private static ObjectNode encrypt(byte[] key, String id, String password)
      throws GeneralSecurityException {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, id, nonce);
    byte[] ciphertext = cipher.doFinal(password.getBytes(StandardCharsets.UTF_8));
    ObjectNode entry = MAPPER.createObjectNode();
    entry.put("nonce", Base64.getEncoder().encodeToString(nonce));
    entry.put("ciphertext", Base64.getEncoder().encodeToString(ciphertext));
    return entry;
  }

  private static String decrypt(byte[] key, String id, ObjectNode entry)
      throws GeneralSecurityException {
    try {
      byte[] nonce = Base64.getDecoder().decode(entry.path("nonce").asText());
      byte[] ciphertext = Base64.getDecoder().decode(entry.path("ciphertext").asText());
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, id, nonce);
      return new String(cipher.doFinal(ciphertext), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new GeneralSecurityException("Entry " + id + " is not base64", e);
    }
  }

  /** The id is associated data: an entry copied under another id does not decrypt. */
  private static Cipher cipher(int mode, byte[] key, String id, byte[] nonce)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(("ferry-secret:" + id).getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  static int keyBytes() {
    return KEY_BYTES;
  }

  private static void requireId(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("A remembered password needs an id");
    }
  }
}
