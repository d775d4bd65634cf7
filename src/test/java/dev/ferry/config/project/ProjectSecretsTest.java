package dev.ferry.config.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.config.AtomicFiles;
import dev.ferry.config.Secret;
import dev.ferry.config.TaskSpec;
import dev.ferry.config.secret.SecretResolver;
import dev.ferry.config.secret.SecretStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Project files never hold a plain-text password. */
class ProjectSecretsTest {

  private static final String TARGET_PASSWORD = "Tgt-p4ssw0rd-7781";
  private static final String SOURCE_PASSWORD = "Src-p4ssw0rd-1299";

  @TempDir Path dir;

  private final ProjectFiles files = new ProjectFiles(Fixtures.CLOCK, AtomicFiles.FULL_WRITE);

  private Project typedPasswords() {
    TaskSpec spec = new TaskSpec();
    spec.target.password = Secret.plain(TARGET_PASSWORD);
    spec.source().password = Secret.plain(SOURCE_PASSWORD);
    spec.sources.add(new TaskSpec.Source("mysql-2"));
    spec.sources.get(1).password = Secret.env("MYSQL2_PASSWORD");
    return new Project(Fixtures.ID, Fixtures.CREATED, null, spec.build());
  }

  @Test
  void savingTypedPasswordsWithoutAStoreIsRefusedAndWritesNothing() {
    Path file = dir.resolve("shop.ferry");

    assertThatThrownBy(() -> files.save(typedPasswords(), file))
        .isInstanceOfSatisfying(
            ProjectFileException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ProjectFileException.Kind.PLAIN_PASSWORD);
              assertThat(e.problems())
                  .extracting(ProjectFileProblem::jsonPath)
                  .containsExactly("$.task.target.password", "$.task.sources[0].password");
            })
        .hasMessageNotContaining(TARGET_PASSWORD)
        .hasMessageNotContaining(SOURCE_PASSWORD);
    assertThat(file).doesNotExist();
  }

  @Test
  void typedPasswordsAreRememberedOnThisMachineAndOnlyTheirIdsWritten() throws Exception {
    Path file = dir.resolve("shop.ferry");
    SecretStore store = new SecretStore(dir.resolve("home/secrets"));

    Project saved = files.save(typedPasswords(), file, store);

    assertThat(saved.task().target().password().kind()).isEqualTo(Secret.Kind.REMEMBERED);
    assertThat(saved.task().sources().get(0).password().kind()).isEqualTo(Secret.Kind.REMEMBERED);
    assertThat(saved.task().sources().get(1).password()).isEqualTo(Secret.env("MYSQL2_PASSWORD"));
    assertThat(Files.readString(file))
        .contains(
            "\"password\": \"${remembered:" + saved.task().target().password().value() + "}\"")
        .contains("\"password\": \"${env:MYSQL2_PASSWORD}\"");
    assertNoFileContainsAPassword();

    Project reopened = files.open(file);
    SecretResolver resolver =
        new SecretResolver(Map.of("MYSQL2_PASSWORD", "env-pw")::get, store, p -> Optional.empty());
    assertThat(resolver.resolve(reopened.task().target().password(), "target"))
        .isEqualTo(TARGET_PASSWORD);
    assertThat(resolver.resolve(reopened.task().sources().get(0).password(), "mysql-1"))
        .isEqualTo(SOURCE_PASSWORD);
    assertThat(resolver.resolve(reopened.task().sources().get(1).password(), "mysql-2"))
        .isEqualTo("env-pw");
  }

  @Test
  void savingTheReturnedProjectAgainRemembersNothingNew() throws Exception {
    Path file = dir.resolve("shop.ferry");
    SecretStore store = new SecretStore(dir.resolve("home/secrets"));
    Project saved = files.save(typedPasswords(), file, store);

    files.save(saved, file, store);

    assertThat(store.ids()).hasSize(2);
  }

  @Test
  void anEnvReferenceIsWrittenAndReadBackAsSuch() throws IOException {
    TaskSpec spec = new TaskSpec();
    spec.target.password = Secret.env("TIDB_PASSWORD");
    Path file = dir.resolve("env.ferry");
    files.save(new Project(Fixtures.ID, null, null, spec.build()), file);

    assertThat(Files.readString(file)).contains("\"password\": \"${env:TIDB_PASSWORD}\"");
    assertThat(files.open(file).task().target().password()).isEqualTo(Secret.env("TIDB_PASSWORD"));
  }

  @Test
  void theJsonWriterItselfRefusesAPlainPassword() {
    assertThatThrownBy(() -> ProjectJson.write(typedPasswords()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining(TARGET_PASSWORD);
  }

  private void assertNoFileContainsAPassword() throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(path);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String password : new String[] {TARGET_PASSWORD, SOURCE_PASSWORD}) {
          assertThat(text).as(path.toString()).doesNotContain(password);
          assertThat(text)
              .as(path + " (base64)")
              .doesNotContain(
                  Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8)));
        }
      }
    }
  }
}
