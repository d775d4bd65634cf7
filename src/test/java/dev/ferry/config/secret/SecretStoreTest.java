package dev.ferry.config.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretStoreTest {

  private static final String PASSWORD = "s3cret-Pässword!";

  @TempDir Path home;

  private SecretStore store() {
    return new SecretStore(home.resolve(SecretStore.DIRECTORY));
  }

  @Test
  void remembersAPasswordUnderANewIdAndReadsItBackInAnotherInstance() throws Exception {
    String id = store().remember(PASSWORD);

    assertThat(id).isNotBlank();
    assertThat(new SecretStore(home.resolve("secrets")).lookup(id)).contains(PASSWORD);
    assertThat(store().ids()).containsExactly(id);
  }

  @Test
  void replacesAndForgetsAPassword() throws Exception {
    SecretStore store = store();
    store.remember("db", "old");
    store.remember("db", "new");
    assertThat(store.lookup("db")).contains("new");

    assertThat(store.forget("db")).isTrue();
    assertThat(store.lookup("db")).isEmpty();
    assertThat(store.forget("db")).isFalse();
  }

  @Test
  void anUnknownIdOrAnEmptyStoreHasNoPassword() throws Exception {
    assertThat(store().lookup("nope")).isEmpty();
    assertThat(Files.exists(home.resolve("secrets"))).isFalse();
    store().remember("a", "x");
    assertThat(store().lookup("nope")).isEmpty();
  }

  @Test
  void noFileOfTheStoreContainsThePassword() throws Exception {
    store().remember("db", PASSWORD);
    try (Stream<Path> files = Files.walk(home)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String content = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertThat(content).as(file.toString()).doesNotContain("s3cret");
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
            .doesNotContain(PASSWORD);
      }
    }
  }

  @Test
  void theDirectoryAndKeyAreOwnerOnly() throws Exception {
    assumeTrue(Files.getFileAttributeView(home, PosixFileAttributeView.class) != null);
    store().remember("db", PASSWORD);
    Path dir = home.resolve("secrets");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secret.key"))))
        .isEqualTo("rw-------");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("secrets.json"))))
        .isEqualTo("rw-------");
  }

  @Test
  void aDifferentKeyCannotDecryptAndSaysSo() throws Exception {
    store().remember("db", PASSWORD);
    Path key = home.resolve("secrets/secret.key");
    Files.writeString(key, java.util.Base64.getEncoder().encodeToString(new byte[32]) + "\n");

    assertThatThrownBy(() -> store().lookup("db"))
        .isInstanceOf(SecretException.class)
        .hasMessageContaining("cannot be decrypted")
        .hasMessageContaining("Enter the password again");
  }

  @Test
  void aMissingKeyIsAnErrorAndNotSilentlyReplaced() throws Exception {
    store().remember("db", PASSWORD);
    Files.delete(home.resolve("secrets/secret.key"));

    assertThatThrownBy(() -> store().lookup("db")).hasMessageContaining("key file");
    assertThatThrownBy(() -> store().remember("other", "x")).hasMessageContaining("key file");
    assertThat(Files.exists(home.resolve("secrets/secret.key"))).isFalse();
  }

  @Test
  void anEntryCopiedUnderAnotherIdDoesNotDecrypt() throws Exception {
    store().remember("a", PASSWORD);
    store().remember("b", "other");
    Path file = home.resolve("secrets/secrets.json");
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(file.toFile());
    ObjectNode entries = (ObjectNode) root.get("entries");
    entries.set("b", entries.get("a").deepCopy());
    mapper.writeValue(file.toFile(), root);

    assertThat(store().lookup("a")).contains(PASSWORD);
    assertThatThrownBy(() -> store().lookup("b")).isInstanceOf(SecretException.class);
  }

  @Test
  void aDamagedStoreIsReportedAndNotOverwritten() throws Exception {
    store().remember("a", PASSWORD);
    Path file = home.resolve("secrets/secrets.json");
    Files.writeString(file, "{ not json");

    assertThatThrownBy(() -> store().remember("b", "x")).hasMessageContaining("damaged");
    assertThat(Files.readString(file)).isEqualTo("{ not json");
  }

  @Test
  void idsMustNotBeBlank() {
    assertThatThrownBy(() -> store().lookup(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  static String read(Path file) throws IOException {
    return Files.readString(file);
  }
}
