package dev.ferry.config.dm;

import static dev.ferry.config.dm.DmFixtures.parse;
import static dev.ferry.config.dm.DmFixtures.paths;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.DumpOptions.Consistency;
import dev.ferry.config.LoadOptions.OnDuplicate;
import dev.ferry.config.Secret;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.domain.ShardMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unknown, unsupported and deprecated DM keys, passwords and missing files. */
class DmImportProblemsTest {

  private static final String SOURCE =
      """
      source-id: "s1"
      from:
        host: "db1"
        port: 3306
        user: "u"
        password: "${env:S1_PW}"
      """;

  private static String task(String extraTop, String extraInstance) {
    return """
    name: t
    task-mode: all
    target-database: {host: "tidb", port: 4000, user: "root", password: ""}
    %s
    mysql-instances:
      - source-id: "s1"
        %s
    """
        .formatted(extraTop, extraInstance);
  }

  private static DmImportResult importTask(String extraTop, String extraInstance) {
    return parse(task(extraTop, extraInstance), "s1.yaml", SOURCE);
  }

  private static ConfigProblem problemAt(DmImportResult result, String path) {
    return result.problems().stream()
        .filter(p -> p.path().equals(path))
        .findFirst()
        .orElseThrow(() -> new AssertionError(path + " not in " + result.problems()));
  }

  @Test
  void cleanTaskHasNoProblems() {
    assertThat(importTask("", "").problems()).isEmpty();
  }

  @Test
  void unknownKeysAreErrorsNamingTheKeyAndItsPath() {
    DmImportResult result =
        parse(
            task(
                """
                nmae: typo
                syncers:
                  fast: {worker-cout: 8}
                routes:
                  r: {schema-pattern: "a", target-schema: "b", target-tabel: "c"}
                """,
                "route-rule: [\"r\"]\n    syncer-config-name: fast\n    route-rules: [\"r\"]"),
            "s1.yaml",
            SOURCE + "from2: {}\n");
    assertThat(result.problems())
        .filteredOn(ConfigProblem::isError)
        .extracting(ConfigProblem::path)
        .containsExactlyInAnyOrder(
            "task.yaml:nmae",
            "task.yaml:syncers.fast.worker-cout",
            "task.yaml:routes.r.target-tabel",
            "task.yaml:mysql-instances[0].route-rule",
            "s1.yaml:from2");
    assertThat(problemAt(result, "task.yaml:nmae").message()).contains("'nmae'");
  }

  @Test
  void physicalImportModeIsUnsupported() {
    DmImportResult result =
        importTask(
            "loaders:\n  l: {import-mode: physical, on-duplicate-physical: manual}",
            "loader-config-name: l");
    ConfigProblem problem = problemAt(result, "task.yaml:loaders.l.import-mode");
    assertThat(problem.isError()).isFalse();
    assertThat(problem.message()).contains("physical");
    assertThat(problem.fix()).contains("SQL");
  }

  @Test
  void relayOptionsAreUnsupported() {
    DmImportResult result =
        parse(
            task("", ""),
            "s1.yaml",
            SOURCE
                + "enable-relay: true\n"
                + "relay-binlog-name: \"mysql-bin.000002\"\n"
                + "relay-dir: \"./relay\"\n");
    assertThat(paths(result))
        .containsExactlyInAnyOrder(
            "s1.yaml:enable-relay", "s1.yaml:relay-binlog-name", "s1.yaml:relay-dir");
    assertThat(result.hasErrors()).isFalse();
  }

  @Test
  void columnMappingsAreRejectedWithTheRouteExtractionsAsTheFix() {
    DmImportResult result =
        importTask(
            "column-mappings:\n  cm: {schema-pattern: \"a\", table-pattern: \"t\", expression:"
                + " \"partition id\", source-column: \"id\", target-column: \"id\"}",
            "column-mapping-rules: [\"cm\"]");
    assertThat(problemAt(result, "task.yaml:column-mappings").fix()).contains("extract-table");
    assertThat(problemAt(result, "task.yaml:mysql-instances[0].column-mapping-rules").isError())
        .isTrue();
  }

  @Test
  void validatorsAreUnsupported() {
    DmImportResult result =
        importTask("validators:\n  v: {mode: fast, worker-count: 2}", "validator-config-name: v");
    assertThat(problemAt(result, "task.yaml:validators.v").message()).contains("validation");
    assertThat(result.hasErrors()).isFalse();
  }

  @Test
  void blackWhiteListIsReadAsBlockAllowList() {
    DmImportResult result =
        importTask("black-white-list:\n  bw: {do-dbs: [\"shop\"]}", "black-white-list: bw");
    assertThat(result.task().rules().blockAllowList())
        .containsEntry("bw", new BlockAllowList(List.of("shop"), null, null, null));
    assertThat(result.task().sources().get(0).rules().blockAllowList()).isEqualTo("bw");
    assertThat(paths(result))
        .containsExactlyInAnyOrder(
            "task.yaml:black-white-list", "task.yaml:mysql-instances[0].black-white-list");
  }

  @Test
  void aShardModeIsKeptWithAWarningThatShardDdlIsNotCoordinated() {
    DmImportResult result = importTask("shard-mode: pessimistic", "");
    assertThat(result.task().shardMode()).isEqualTo(ShardMode.PESSIMISTIC);
    ConfigProblem p = problemAt(result, "task.yaml:shard-mode");
    assertThat(p.isError()).isFalse();
    assertThat(p.message()).contains("does not coordinate shard DDL");
    assertThat(p.fix()).contains("shard_ddl precheck");
  }

  @Test
  void isShardingTrueMeansPessimisticShardMode() {
    DmImportResult result = importTask("is-sharding: true", "");
    assertThat(result.task().shardMode()).isEqualTo(ShardMode.PESSIMISTIC);
    assertThat(problemAt(result, "task.yaml:is-sharding").fix()).contains("pessimistic");
  }

  @Test
  void onlineDdlSchemeTurnsOnlineDdlOn() {
    DmImportResult result = importTask("online-ddl: false\nonline-ddl-scheme: pt", "");
    assertThat(result.task().onlineDdl().enabled()).isTrue();
    assertThat(paths(result)).containsExactly("task.yaml:online-ddl-scheme");
  }

  @Test
  void missingSourceYamlIsAnErrorNamingTheSourceId() {
    DmImportResult result = parse(task("", ""));
    ConfigProblem problem = problemAt(result, "task.yaml:mysql-instances[0].source-id");
    assertThat(problem.isError()).isTrue();
    assertThat(problem.message()).contains("'s1'");
  }

  @Test
  void sourceYamlNotUsedByTheTaskIsReported() {
    DmImportResult result =
        parse(
            task("", ""),
            "s1.yaml",
            SOURCE,
            "s2.yaml",
            "source-id: s2\nfrom: {host: h, port: 3306, user: u, password: p}\n");
    assertThat(problemAt(result, "s2.yaml").message()).contains("'s2'");
  }

  @Test
  void passwordsBecomeSecretsOfTheirKind() {
    DmImportResult result =
        parse(task("", "").replace("password: \"\"", "password: \"pa55\""), "s1.yaml", SOURCE);
    assertThat(result.task().target().password()).isEqualTo(Secret.plain("pa55"));
    assertThat(result.task().sources().get(0).password()).isEqualTo(Secret.env("S1_PW"));
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void encryptedPasswordIsAskedForWithAWarning() {
    DmImportResult result =
        parse(
            task("", ""),
            "s1.yaml",
            SOURCE.replace("${env:S1_PW}", "ZqMLjZ2j5khNelDEfDoUhkD5aV5fIJOe0fiog9w="));
    assertThat(result.task().sources().get(0).password()).isEqualTo(Secret.ask());
    ConfigProblem problem = problemAt(result, "s1.yaml:from.password");
    assertThat(problem.message()).contains("cannot decrypt");
    assertThat(problem.fix()).contains("${env:");
  }

  @Test
  void inlineBase64CertificatesAreErrors() {
    DmImportResult result =
        parse(
            task("", ""),
            "s1.yaml",
            SOURCE
                + "  security: {ssl-ca-base64: \"LS0tLS1CRUdJTg==\", cert-allowed-cn: [\"dm\"]}\n");
    assertThat(problemAt(result, "s1.yaml:from.security.ssl-ca-base64").isError()).isTrue();
    assertThat(problemAt(result, "s1.yaml:from.security.cert-allowed-cn").isError()).isFalse();
  }

  @Test
  void extraArgsMapConsistencyAndReportOtherFlagsByName() {
    DmImportResult result =
        importTask(
            "mydumpers:\n  d: {extra-args: \"--consistency=lock -t 16 --escape-backslash"
                + " -T shop.orders\"}",
            "mydumper-config-name: d");
    assertThat(result.task().sources().get(0).dump().consistency()).isEqualTo(Consistency.LOCK);
    assertThat(result.task().sources().get(0).dump().threads()).isEqualTo(16);
    assertThat(result.problems())
        .extracting(ConfigProblem::message)
        .anySatisfy(m -> assertThat(m).contains("'--escape-backslash'"))
        .anySatisfy(m -> assertThat(m).contains("'-T shop.orders'"));
  }

  @Test
  void onDuplicateAliasIsReadAsOnDuplicateLogical() {
    DmImportResult result = importTask("", "loader: {on-duplicate: error}");
    assertThat(result.task().sources().get(0).load().onDuplicate()).isEqualTo(OnDuplicate.ERROR);
    assertThat(problemAt(result, "task.yaml:mysql-instances[0].loader.on-duplicate").fix())
        .contains("on-duplicate-logical");
  }

  @Test
  void referencesToUndefinedRulesAreErrors() {
    DmImportResult result = importTask("", "route-rules: [\"nowhere\"]\n    syncer-config-name: x");
    assertThat(result.problems())
        .filteredOn(ConfigProblem::isError)
        .extracting(ConfigProblem::path)
        .containsExactlyInAnyOrder(
            "task.yaml:mysql-instances[0].route-rules",
            "task.yaml:mysql-instances[0].syncer-config-name");
  }

  @Test
  void namedAndInlineConfigTogetherIsAnError() {
    DmImportResult result =
        importTask("syncers:\n  s: {batch: 10}", "syncer-config-name: s\n    syncer: {batch: 20}");
    assertThat(problemAt(result, "task.yaml:mysql-instances[0].syncer").isError()).isTrue();
    assertThat(result.task().sources().get(0).sync().batch()).isEqualTo(10);
  }

  @Test
  void unusedRulesAreReported() {
    DmImportResult result = importTask("routes:\n  r: {schema-pattern: a, target-schema: b}", "");
    assertThat(problemAt(result, "task.yaml:routes.r").message()).contains("not used");
  }

  @Test
  void taskModesFerryDoesNotRunAreErrors() {
    DmImportResult result = parse(task("", "").replace("all", "load&sync"), "s1.yaml", SOURCE);
    assertThat(problemAt(result, "task.yaml:task-mode").isError()).isTrue();
    assertThat(result.task().taskMode()).isNull();
  }

  @Test
  void invalidYamlAndDuplicateKeysAreReported() {
    assertThat(parse("name: [unclosed").task()).isNull();
    DmImportResult duplicate = parse("name: a\nname: b\n");
    assertThat(duplicate.hasErrors()).isTrue();
    assertThat(duplicate.problems().get(0).message()).contains("Not valid YAML");
  }

  @Test
  void safeModeWithZeroDurationIsAnError() {
    DmImportResult result = importTask("", "syncer: {safe-mode: true, safe-mode-duration: 0s}");
    assertThat(
            problemAt(result, "task.yaml:mysql-instances[0].syncer.safe-mode-duration").isError())
        .isTrue();
  }
}
