package dev.ferry.config.dm;

import static dev.ferry.config.dm.DmFixtures.importFixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.ferry.config.DumpOptions;
import dev.ferry.config.LoadOptions;
import dev.ferry.config.Secret;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.SyncOptions;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.TlsConfig;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.domain.TaskMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DmExportTest {

  @TempDir Path dir;

  private static SourceConfig source(String id, Secret password, DumpOptions dump) {
    return new SourceConfig(
        id,
        "db-" + id,
        3306,
        "reader",
        password,
        null,
        null,
        false,
        null,
        new RuleRefs(null, List.of("r1"), List.of(), List.of()),
        dump,
        null,
        null);
  }

  private static TaskConfig task(Secret targetPassword, List<SourceConfig> sources) {
    return new TaskConfig(
        "t",
        TaskMode.ALL,
        null,
        false,
        null,
        null,
        null,
        null,
        true,
        null,
        new TargetConfig("tidb", 4000, "root", targetPassword, null, Map.of()),
        sources,
        new RuleSets(
            Map.of(),
            Map.of(
                "r1",
                RouteRule.of("shop_*", null, "shop", null),
                "unused",
                RouteRule.of("x", null, "y", null)),
            Map.of(),
            Map.of()));
  }

  private static JsonNode yaml(String content) throws IOException {
    return new YAMLMapper().readTree(content);
  }

  @Test
  void neverWritesAPlainPassword() {
    TaskConfig task =
        task(
            Secret.plain("hunter2-target"),
            List.of(source("a", Secret.plain("hunter2-source"), null)));

    Map<String, String> files = DmExport.render(task);

    assertThat(files.values()).noneMatch(f -> f.contains("hunter2"));
    assertThat(files.get("task.yaml"))
        .startsWith("# Exported by Ferry")
        .contains("target-database.password is empty")
        .contains("dmctl encrypt")
        .contains("password: \"\"");
    assertThat(files.get("source-a.yaml")).contains("from.password is empty");
  }

  @Test
  void writesEnvSecretsAsReferencesAndExplainsThatDmDoesNotExpandThem() throws IOException {
    TaskConfig task = task(Secret.env("TIDB_PW"), List.of(source("a", Secret.env("A_PW"), null)));

    Map<String, String> files = DmExport.render(task);

    assertThat(yaml(files.get("task.yaml")).at("/target-database/password").asText())
        .isEqualTo("${env:TIDB_PW}");
    assertThat(yaml(files.get("source-a.yaml")).at("/from/password").asText())
        .isEqualTo("${env:A_PW}");
    assertThat(files.get("task.yaml")).contains("DM does not expand environment references");
  }

  @Test
  void headerListsFerryOptionsWithoutDmEquivalent() {
    SourceConfig a = source("a", Secret.ask(), null);
    SourceConfig b =
        new SourceConfig(
            "b",
            "h",
            3306,
            "u",
            null,
            new TlsConfig(null, null, null, TlsConfig.VerifyMode.VERIFY_IDENTITY),
            null,
            false,
            null,
            a.rules(),
            null,
            new LoadOptions(4, null, false, LoadOptions.OnExistingTable.RECREATE),
            null);

    String taskFile = DmExport.render(task(Secret.ask(), List.of(a, b))).get("task.yaml");

    assertThat(taskFile)
        .contains("Source a: defer-secondary-indexes = on")
        .contains("Source b: defer-secondary-indexes = off")
        .contains("Source a: on-existing-table = fail (DM has no such option")
        .contains("Source b: on-existing-table = recreate")
        .contains("TLS verify mode VERIFY_IDENTITY has no DM equivalent")
        .contains("routes.unused is left out");
  }

  @Test
  void sharesOneNamedConfigPerDistinctUnitConfig() throws IOException {
    DumpOptions big = new DumpOptions(16, 500_000, "256MiB", DumpOptions.Consistency.FLUSH, "");
    TaskConfig task =
        task(
            Secret.ask(),
            List.of(
                source("a", Secret.ask(), null),
                source("b", Secret.ask(), big),
                source("c", Secret.ask(), null)));

    JsonNode taskYaml = yaml(DmExport.render(task).get("task.yaml"));

    assertThat(taskYaml.get("mydumpers").size()).isEqualTo(2);
    assertThat(taskYaml.at("/mydumpers/dump-02/extra-args").asText())
        .isEqualTo("--consistency flush");
    assertThat(taskYaml.at("/mydumpers/dump-02/chunk-filesize").asText()).isEqualTo("256");
    assertThat(taskYaml.get("loaders").fieldNames()).toIterable().containsExactly("global");
    assertThat(taskYaml.get("mysql-instances"))
        .extracting(i -> i.get("mydumper-config-name").asText())
        .containsExactly("dump-01", "dump-02", "dump-01");
  }

  @Test
  void writesDmKeysInKebabCase() throws IOException {
    Map<String, String> files = DmExport.render(importFixture("roundtrip").task());
    JsonNode taskYaml = yaml(files.get("task.yaml"));

    assertThat(taskYaml.fieldNames())
        .toIterable()
        .containsExactly(
            "name",
            "task-mode",
            "shard-mode",
            "meta-schema",
            "timezone",
            "case-sensitive",
            "collation_compatible",
            "online-ddl",
            "shadow-table-rules",
            "trash-table-rules",
            "ignore-checking-items",
            "clean-dump-file",
            "target-database",
            "routes",
            "filters",
            "expression-filter",
            "block-allow-list",
            "mydumpers",
            "loaders",
            "syncers",
            "mysql-instances");
    assertThat(taskYaml.at("/syncers/sync-01/safe-mode-duration").asText()).isEqualTo("45s");
    assertThat(taskYaml.at("/mysql-instances/0/meta/binlog-pos").asLong()).isEqualTo(1547);
    assertThat(yaml(files.get("source-mysql-01.yaml")).at("/from/security/ssl-key").asText())
        .isEqualTo("/etc/ferry/client-key.pem");
  }

  @Test
  void writesTheFilesIntoTheDirectory() throws IOException {
    List<Path> written = DmExport.write(importFixture("basic").task(), dir.resolve("out"));

    assertThat(written)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "task.yaml", "source-mysql-replica-01.yaml", "source-mysql-replica-02.yaml");
    assertThat(written).allMatch(Files::isRegularFile);
  }

  @Test
  void refusesATaskWithoutTaskMode() {
    TaskConfig task =
        new TaskConfig(
            "t",
            null,
            null,
            false,
            null,
            null,
            null,
            null,
            true,
            null,
            new TargetConfig("h", 4000, "u", null, null, null),
            List.of(),
            null);
    assertThatThrownBy(() -> DmExport.render(task)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void syncOptionsKeepDmDefaultsExplicit() throws IOException {
    TaskConfig task = task(Secret.ask(), List.of(source("a", Secret.ask(), null)));
    JsonNode syncer = yaml(DmExport.render(task).get("task.yaml")).at("/syncers/global");
    assertThat(syncer.get("worker-count").asInt()).isEqualTo(SyncOptions.DEFAULT_WORKER_COUNT);
    assertThat(syncer.has("safe-mode-duration")).isFalse();
  }
}
