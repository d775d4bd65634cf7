package dev.ferry.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a file's content atomically: readers and crashes see the old content or the new one,
 * never a mix. The content goes to a temporary file in the same directory, which is forced to disk
 * and then renamed over the target; the directory is forced too where the platform allows it, so
 * the rename itself survives a power cut.
 *
 * <p>An existing target keeps its POSIX permissions; a new one is created owner-only ({@code
 * rw-------}). A crash can leave a temporary file named {@code .<name>.<random>.tmp} behind; the
 * target is intact either way.
 */
public final class AtomicFiles {

  private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

  /** Writes {@code content} into an open temporary file; tests inject one that fails half-way. */
  @FunctionalInterface
  public interface ContentWriter {
    void write(FileChannel channel, byte[] content) throws IOException;
  }

  /** Writes every byte. */
  public static final ContentWriter FULL_WRITE =
      (channel, content) -> {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
      };

  private AtomicFiles() {}

  /** Replaces {@code target}'s content with {@code content}; see the class comment. */
  public static void write(Path target, byte[] content) throws IOException {
    write(target, content, FULL_WRITE);
  }

  /**
   * As {@link #write(Path, byte[])}, with the bytes written by {@code writer}. If anything fails
   * the temporary file is removed and {@code target} is left as it was.
   */
  public static void write(Path target, byte[] content, ContentWriter writer) throws IOException {
    Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
    Path directory = file.getParent();
    Files.createDirectories(directory);
    Path temp = Files.createTempFile(directory, "." + file.getFileName() + ".", ".tmp");
    boolean renamed = false;
    try {
      copyPermissions(file, temp);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        writer.write(channel, content);
        channel.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("This file system cannot replace " + file + " atomically", e);
      }
      renamed = true;
      forceDirectory(directory);
    } finally {
      if (!renamed) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      return;
    }
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    PosixFileAttributeView dest = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (source != null && dest != null) {
      Set<PosixFilePermission> permissions = source.readAttributes().permissions();
      dest.setPermissions(permissions);
    }
  }

  /** Makes the rename durable; not every platform can open a directory (Windows can't). */
  private static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.debug("Cannot force directory {} to disk: {}", directory, e.toString());
    }
  }
}
