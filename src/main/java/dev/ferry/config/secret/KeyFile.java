package dev.ferry.config.secret;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret store's key file and owner-only file system permissions. Files are created with their
 * final permissions (no window in which they are readable by others); on file systems without POSIX
 * permissions (Windows) they inherit the user profile's access rules.
 */
final class KeyFile {

  private static final Logger LOG = LoggerFactory.getLogger(KeyFile.class);
  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> OWNER_ONLY_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> GROUP_OR_OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);
  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyFile() {}

  /** Creates {@code directory} owner-only if missing; warns if an existing one is not. */
  static void createPrivateDirectory(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      warnIfShared(directory);
      return;
    }
    Files.createDirectories(directory.getParent());
    try {
      if (supportsPosix(directory.getParent())) {
        Files.createDirectory(
            directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
      } else {
        Files.createDirectory(directory);
      }
    } catch (FileAlreadyExistsException e) {
      // another process was first
    }
  }

  /** Reads the key; it must exist. */
  static byte[] load(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new IOException(
          "The key file " + file + " is missing, so remembered passwords cannot be decrypted");
    }
    warnIfShared(file);
    byte[] key;
    try {
      key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
    } catch (IllegalArgumentException e) {
      throw new IOException("The key file " + file + " is damaged", e);
    }
    if (key.length != SecretStore.keyBytes()) {
      throw new IOException("The key file " + file + " is damaged (wrong length)");
    }
    return key;
  }

  /**
   * Reads the key, creating a random one if there is none. A missing key next to existing entries
   * is an error, not a fresh start: a new key would silently orphan them.
   */
  static byte[] loadOrCreate(Path file, boolean storeHasEntries) throws IOException {
    if (Files.exists(file) || storeHasEntries) {
      return load(file);
    }
    byte[] key = new byte[SecretStore.keyBytes()];
    RANDOM.nextBytes(key);
    FileAttribute<?>[] attributes =
        supportsPosix(file.getParent())
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
            : new FileAttribute<?>[0];
    Files.createFile(file, attributes);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.write(
          java.nio.ByteBuffer.wrap(
              (Base64.getEncoder().encodeToString(key) + "\n")
                  .getBytes(StandardCharsets.US_ASCII)));
      channel.force(true);
    }
    LOG.info("Created the secret store key {}", file);
    return key;
  }

  private static boolean supportsPosix(Path existing) {
    return Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null;
  }

  private static void warnIfShared(Path path) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> permissions = view.readAttributes().permissions();
    if (permissions.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
      LOG.warn(
          "{} is accessible to other users ({}); run: chmod go-rwx {}",
          path,
          PosixFilePermissions.toString(permissions),
          path);
    }
  }
}
