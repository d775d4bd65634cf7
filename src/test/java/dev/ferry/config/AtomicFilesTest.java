package dev.ferry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  @Test
  void replacesTheContentAndLeavesNoTemporaryFile() throws IOException {
    Path file = Files.writeString(dir.resolve("a.ferry"), "old");
    AtomicFiles.write(file, bytes("new"));
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(listing()).containsExactly("a.ferry");
  }

  @Test
  void aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path file = Files.writeString(dir.resolve("a.ferry"), "the old content");
    AtomicFiles.ContentWriter halfThenFail =
        (channel, content) -> {
          channel.write(ByteBuffer.wrap(content, 0, content.length / 2));
          throw new IOException("disk full");
        };

    assertThatThrownBy(() -> AtomicFiles.write(file, bytes("the new content"), halfThenFail))
        .hasMessage("disk full");

    assertThat(Files.readString(file)).isEqualTo("the old content");
    assertThat(listing()).containsExactly("a.ferry");
  }

  @Test
  void createsMissingDirectories() throws IOException {
    Path file = dir.resolve("x/y/a.ferry");
    AtomicFiles.write(file, bytes("new"));
    assertThat(Files.readString(file)).isEqualTo("new");
  }

  @Test
  void keepsTheExistingFilesPermissionsAndCreatesNewOnesOwnerOnly() throws IOException {
    assumeTrue(posix());
    Path existing = Files.writeString(dir.resolve("shared.ferry"), "old");
    Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r--r--"));
    AtomicFiles.write(existing, bytes("new"));
    AtomicFiles.write(dir.resolve("new.ferry"), bytes("new"));

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)))
        .isEqualTo("rw-r--r--");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("new.ferry"))))
        .isEqualTo("rw-------");
  }

  @Test
  void writesThroughASymbolicLinkToItsTarget() throws IOException {
    Path real = Files.writeString(dir.resolve("real.ferry"), "old");
    Path link;
    try {
      link = Files.createSymbolicLink(dir.resolve("link.ferry"), real);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
      return;
    }
    AtomicFiles.write(link, bytes("new"));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
  }

  private boolean posix() {
    return Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
  }

  private Stream<String> listingStream() throws IOException {
    return Files.list(dir).map(p -> p.getFileName().toString()).sorted();
  }

  private java.util.List<String> listing() throws IOException {
    try (Stream<String> names = listingStream()) {
      return names.toList();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
