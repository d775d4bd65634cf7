package dev.ferry.store;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The right of one process to run a task: an operating-system lock on {@code
 * $FERRY_HOME/locks/<task-id>.lock}, so it is released when the process ends in any way, {@code
 * kill -9} included. The file records who holds it (pid, host, since when) for the message a second
 * process gets. The file itself stays; only the lock on it matters.
 */
public final class TaskLock implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(TaskLock.class);

  private final UUID taskId;
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private TaskLock(UUID taskId, Path file, FileChannel channel, FileLock lock) {
    this.taskId = taskId;
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code taskId} in {@code locksDir}.
   *
   * @throws TaskLockedException naming the holder when another process, or another caller in this
   *     one, holds it
   */
  static TaskLock acquire(Path locksDir, UUID taskId, String taskName) {
    Path file = locksDir.resolve(taskId + ".lock");
    FileChannel channel = null;
    try {
      Files.createDirectories(locksDir);
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this JVM through another channel
      }
      if (lock == null) {
        TaskLockedException locked = new TaskLockedException(taskId, readHolder(channel));
        channel.close();
        throw locked;
      }
      writeHolder(channel, taskName);
      LOG.info("Took the run lock of task {} ({})", taskName, taskId);
      return new TaskLock(taskId, file, channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      StoreException failure = new StoreException("Cannot take the run lock " + file, e);
      LOG.warn("Task lock failure", failure);
      failure.markLogged();
      throw failure;
    }
  }

  public UUID taskId() {
    return taskId;
  }

  /** The lock file. */
  public Path file() {
    return file;
  }

  /** True until closed (or until the channel is lost). */
  public boolean isHeld() {
    return lock.isValid();
  }

  /** Releases the lock. */
  @Override
  public void close() {
    if (channel.isOpen()) {
      try {
        lock.release();
      } catch (IOException e) {
        LOG.debug("Releasing the run lock {} failed; closing the file releases it", file, e);
      } finally {
        closeQuietly(channel);
      }
      LOG.info("Released the run lock of task {}", taskId);
    }
  }

  private static void writeHolder(FileChannel channel, String taskName) throws IOException {
    Properties holder = new Properties();
    holder.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
    holder.setProperty("host", hostName());
    holder.setProperty("since", Instant.now().toString());
    if (taskName != null) {
      holder.setProperty("task", taskName);
    }
    StringBuilder text = new StringBuilder();
    holder.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(bytes), 0);
    channel.force(false);
  }

  private static TaskLockedException.Holder readHolder(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 64 * 1024));
      channel.read(buffer, 0);
      Properties holder = new Properties();
      holder.load(
          new StringReader(
              new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)));
      return new TaskLockedException.Holder(
          parseLong(holder.getProperty("pid")),
          holder.getProperty("host"),
          parseInstant(holder.getProperty("since")),
          holder.getProperty("task"));
    } catch (IOException | IllegalArgumentException e) {
      // The holder may not have written yet; the lock itself is what counts.
      return new TaskLockedException.Holder(-1, null, null, null);
    }
  }

  private static long parseLong(String value) {
    try {
      return value == null ? -1 : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Instant parseInstant(String value) {
    try {
      return value == null ? null : Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        LOG.debug("Closing a lock file failed", e);
      }
    }
  }
}
