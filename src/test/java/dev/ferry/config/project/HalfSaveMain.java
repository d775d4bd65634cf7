package dev.ferry.config.project;

import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * A child-JVM program for the crash test: saves the full fixture project over {@code args[0]} but
 * stops half-way through writing it, forces those bytes to disk, creates the marker file {@code
 * args[1]} and waits to be killed.
 */
public final class HalfSaveMain {

  private HalfSaveMain() {}

  public static void main(String[] args) throws Exception {
    ProjectFiles files =
        new ProjectFiles(
            Fixtures.CLOCK,
            (channel, content) -> {
              channel.write(ByteBuffer.wrap(content, 0, content.length / 2));
              channel.force(true);
              java.nio.file.Files.createFile(Path.of(args[1]));
              try {
                Thread.sleep(Long.MAX_VALUE);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted");
              }
            });
    files.save(
        Fixtures.fullProject().withTask(ProjectFilesTest.withName(Fixtures.fullTask(), "crashed")),
        Path.of(args[0]));
  }
}
