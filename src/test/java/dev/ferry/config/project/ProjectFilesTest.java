package dev.ferry.config.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.ferry.config.DumpOptions;
import dev.ferry.config.LoadOptions;
import dev.ferry.config.OnlineDdl;
import dev.ferry.config.Secret;
import dev.ferry.config.SyncOptions;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.TlsConfig;
import dev.ferry.config.project.Fixtures.Snapshot;
import dev.ferry.config.project.ProjectFileException.Kind;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TaskMode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProjectFilesTest {

  @TempDir Path dir;

  private final ProjectFiles files =
      new ProjectFiles(Fixtures.CLOCK, dev.ferry.config.AtomicFiles.FULL_WRITE);

  @Test
  void savesAndReopensAnEqualProject() throws IOException {
    Path file = dir.resolve("shop.ferry");
    Project saved = files.save(Fixtures.fullProject(), file);

    assertThat(saved.modified()).isEqualTo(Fixtures.CLOCK.instant());
    assertThat(files.open(file)).isEqualTo(saved);
    assertThat(saved.task()).isEqualTo(Fixtures.fullTask());
  }

  @Test
  void writesDmOptionNamesInKebabCase() throws IOException {
    Path file = dir.resolve("shop.ferry");
    files.save(Fixtures.fullProject(), file);
    String json = Files.readString(file);

    assertThat(json)
        .startsWith("{\n  \"format-version\": 1,\n  \"id\": \"" + Fixtures.ID + "\",")
        .contains(
            "\"task-mode\": \"incremental\"",
            "\"shard-mode\": \"pessimistic\"",
            "\"collation_compatible\": \"strict\"",
            "\"ignore-checking-items\": [",
            "\"safe-mode-duration\": \"1m30s\"",
            "\"checkpoint-flush-interval\": \"15s\"",
            "\"on-duplicate-logical\": \"ignore\"",
            "\"pool-size\": 2",
            "\"route-rules\": [",
            "\"table-regexp\": \"orders_(.*)\"",
            "\"expression-filter\": {",
            "\"action\": \"Ignore\"",
            "\"password\": \"${env:TIDB_PASSWORD}\"",
            "\"password\": \"${ask}\"")
        .endsWith("}\n");
  }

  @Test
  void leftOutOptionsTakeDmDefaults() throws IOException {
    Project project = files.open(Fixtures.copyResource("minimal.ferry", dir));

    TaskConfig task = project.task();
    assertThat(project.id()).isEqualTo(Fixtures.ID);
    assertThat(project.created()).isNull();
    assertThat(task.taskMode()).isEqualTo(TaskMode.ALL);
    assertThat(task.shardMode()).isEqualTo(ShardMode.NONE);
    assertThat(task.onlineDdl()).isEqualTo(OnlineDdl.defaults());
    assertThat(task.cleanDumpFile()).isTrue();
    assertThat(task.metaSchema()).isEqualTo("dm_meta");
    assertThat(task.rules()).isEqualTo(RuleSets.empty());
    assertThat(task.target().password()).isEqualTo(Secret.ask());
    assertThat(task.target().tls()).isEqualTo(TlsConfig.preferred());
    assertThat(task.sources().get(0).password()).isEqualTo(Secret.env("SOURCE_PASSWORD"));
    assertThat(task.sources().get(0).dump()).isEqualTo(DumpOptions.defaults());
    assertThat(task.sources().get(0).load()).isEqualTo(LoadOptions.defaults());
    assertThat(task.sources().get(0).sync()).isEqualTo(SyncOptions.defaults());
  }

  @Test
  void anOlderFormatIsUpgradedInMemoryAndTheFileIsLeftAsItWas() throws IOException {
    Path file = Fixtures.copyResource("format-0.ferry", dir);
    Snapshot before = Snapshot.of(file);

    Project project = files.open(file);

    assertThat(Snapshot.of(file).sameAs(before)).isTrue();
    assertThat(project.id()).isEqualTo(UUID.fromString("0d5a7c1e-3f2b-4e8a-b6c4-9a1d2e3f4a5b"));
    assertThat(project.task().name()).isEqualTo("legacy");
    assertThat(project.task().target().host()).isEqualTo("tidb.example.com");
    assertThat(project.task().target().password()).isEqualTo(Secret.env("TIDB_PASSWORD"));
    assertThat(project.task().sources())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.user()).isEqualTo("dump");
              assertThat(s.dump().threads()).isEqualTo(2);
            });

    files.save(project, file);
    assertThat(Files.readString(file)).contains("\"format-version\": 1", "\"sources\": [");
    assertThat(files.open(file).task()).isEqualTo(project.task());
  }

  static Stream<Arguments> unusableFiles() {
    return Stream.of(
        arguments(
            "newer-version.ferry", Kind.NEWER_VERSION, "$.format-version", "format version 2"),
        arguments("truncated.ferry", Kind.CORRUPT, "$.task.sources[0]", "line 9"),
        arguments("not-json.ferry", Kind.CORRUPT, "$", "valid JSON"),
        arguments(
            "duplicate-key.ferry", Kind.CORRUPT, "$.task.task-mode", "Duplicate field 'task-mode'"),
        arguments("no-format-version.ferry", Kind.INVALID, "$.format-version", "found nothing"),
        arguments(
            "wrong-type.ferry",
            Kind.INVALID,
            "$.task.sources[0].port",
            "expected an integer, found the string \"3306x\""),
        arguments(
            "unknown-enum.ferry",
            Kind.INVALID,
            "$.task.task-mode",
            "expected one of \"full\", \"incremental\", \"all\", found the string \"streaming\""),
        arguments(
            "missing-required.ferry",
            Kind.INVALID,
            "$.task.sources[0].port",
            "expected a value (required), found nothing"),
        arguments(
            "unknown-keys.ferry",
            Kind.INVALID,
            "$.task.sources[0].sync.flush",
            "found the unknown key \"flush\""),
        arguments(
            "plain-password.ferry",
            Kind.INVALID,
            "$.task.sources[0].password",
            "found a plain-text password (not shown)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unusableFiles")
  void anUnusableFileGivesAPreciseErrorAndIsNotTouched(
      String name, Kind kind, String jsonPath, String fragment) {
    Path file = Fixtures.copyResource("invalid/" + name, dir);
    Snapshot before = Snapshot.of(file);

    assertThatThrownBy(() -> files.open(file))
        .isInstanceOfSatisfying(
            ProjectFileException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(kind);
              assertThat(e.file()).isEqualTo(file);
              assertThat(e.jsonPath()).isEqualTo(jsonPath);
              assertThat(e.getMessage()).startsWith(file.toString()).contains(jsonPath, fragment);
            });
    assertThat(Snapshot.of(file).sameAs(before)).isTrue();
    assertThat(listing()).containsExactly(name);
  }

  @Test
  void unknownKeysAreAllNamedWithTheKeysAllowedThere() {
    Path file = Fixtures.copyResource("invalid/unknown-keys.ferry", dir);
    assertThatThrownBy(() -> files.open(file))
        .isInstanceOfSatisfying(
            ProjectFileException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ProjectFileProblem::jsonPath)
                    .containsExactlyInAnyOrder("$.task.owner", "$.task.sources[0].sync.flush"))
        .hasMessageContaining("\"worker-count\", \"batch\"");
  }

  @Test
  void aPlainPasswordInTheFileIsNeverShownInTheError() {
    Path file = Fixtures.copyResource("invalid/plain-password.ferry", dir);
    assertThatThrownBy(() -> files.open(file))
        .hasMessageNotContaining("hunter2")
        .hasMessageContaining("${env:NAME}");
  }

  @Test
  void aMissingFileIsUnreadable() {
    assertThatThrownBy(() -> files.open(dir.resolve("nope.ferry")))
        .isInstanceOfSatisfying(
            ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.UNREADABLE))
        .hasMessageContaining("does not exist");
  }

  @ParameterizedTest
  @MethodSource("filesSaveMustNotOverwrite")
  void savingRefusesToOverwriteAFileThisFerryCannotRead(String name) throws IOException {
    Path file = Fixtures.copyResource("invalid/" + name, dir);
    Snapshot before = Snapshot.of(file);

    assertThatThrownBy(() -> files.save(Fixtures.fullProject(), file))
        .isInstanceOfSatisfying(
            ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.WOULD_OVERWRITE))
        .hasMessageContaining("Save under another name");
    assertThat(Snapshot.of(file).sameAs(before)).isTrue();
  }

  static Stream<String> filesSaveMustNotOverwrite() {
    return Stream.of("newer-version.ferry", "truncated.ferry", "not-json.ferry");
  }

  @Test
  void aSaveThatFailsHalfWayLeavesThePreviousFileIntact() throws IOException {
    Path file = dir.resolve("shop.ferry");
    files.save(Fixtures.fullProject(), file);
    Snapshot before = Snapshot.of(file);
    ProjectFiles failing =
        new ProjectFiles(
            Fixtures.CLOCK,
            (channel, content) -> {
              channel.write(ByteBuffer.wrap(content, 0, content.length / 2));
              throw new IOException("No space left on device");
            });
    Project renamed = Fixtures.fullProject().withTask(withName(Fixtures.fullTask(), "renamed"));

    assertThatThrownBy(() -> failing.save(renamed, file))
        .isInstanceOfSatisfying(
            ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NOT_SAVED))
        .hasMessageContaining("previous file is unchanged")
        .hasMessageContaining("No space left on device");
    assertThat(Snapshot.of(file).sameAs(before)).isTrue();
    assertThat(listing()).containsExactly("shop.ferry");
    assertThat(files.open(file).task().name()).isEqualTo("shop-to-tidb");
  }

  @Test
  void theFileOnlyEverHoldsUtf8Json() throws IOException {
    Path file = dir.resolve("ünïcode.ferry");
    Project project = Fixtures.fullProject().withTask(withName(Fixtures.fullTask(), "täsk ✓"));
    files.save(project, file);
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).contains("täsk ✓");
    assertThat(files.open(file).task().name()).isEqualTo("täsk ✓");
  }

  private java.util.List<String> listing() {
    try (Stream<Path> paths = Files.list(dir)) {
      return paths.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static TaskConfig withName(TaskConfig t, String name) {
    return new TaskConfig(
        name,
        t.taskMode(),
        t.shardMode(),
        t.caseSensitive(),
        t.onlineDdl(),
        t.timezone(),
        t.collationCompatible(),
        t.ignoreCheckingItems(),
        t.cleanDumpFile(),
        t.metaSchema(),
        t.target(),
        t.sources(),
        t.rules());
  }
}
