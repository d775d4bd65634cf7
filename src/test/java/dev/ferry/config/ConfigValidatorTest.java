package dev.ferry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.ferry.config.ConfigProblem.Severity;
import dev.ferry.config.rules.BinlogFilterRule;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.ExpressionFilterRule;
import dev.ferry.config.rules.FilterAction;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TaskMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigValidatorTest {

  private static final String UUID = "3e11fa47-71ca-11e1-9e33-c80aa9429562";

  @Test
  void aCompleteTaskHasNoProblems() {
    assertThat(ConfigValidator.validate(new TaskSpec().build())).isEmpty();
  }

  @Test
  void reportsEveryProblemAtOnce() {
    TaskSpec spec = new TaskSpec();
    spec.name = "";
    spec.target.port = 0;
    spec.source().user = "";
    spec.source().batch = 0;
    spec.sources.add(new TaskSpec.Source("mysql-1"));

    List<ConfigProblem> problems = ConfigValidator.validate(spec.build());

    assertThat(problems)
        .extracting(ConfigProblem::path)
        .containsExactly(
            "name",
            "target.port",
            "sources[0].user",
            "sources[0].sync.batch",
            "sources[1].source-id");
    assertThat(problems).allSatisfy(p -> assertThat(p.fix()).isNotBlank());
    assertThat(ConfigValidator.hasErrors(problems)).isTrue();
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        row("empty task name", s -> s.name = " ", "name", "no name"),
        row("no task name", s -> s.name = null, "name", "no name"),
        row("no task mode", s -> s.mode = null, "task-mode", "full, incremental, all"),
        row("no target", s -> s.noTarget = true, "target", "No target"),
        row("no source", s -> s.sources.clear(), "sources", "no source"),
        row("target without host", s -> s.target.host = "", "target.host", "No host"),
        row("host given as URL", s -> s.target.host = "mysql://db", "target.host", "not a host"),
        row(
            "host with port",
            s -> s.source().host = "db1:3306",
            "sources[0].host",
            "contains a port"),
        row("port 0", s -> s.source().port = 0, "sources[0].port", "between 1 and 65535"),
        row("port 65536", s -> s.target.port = 65536, "target.port", "between 1 and 65535"),
        row("no user", s -> s.target.user = " ", "target.user", "No user"),
        row("no source-id", s -> s.source().sourceId = "", "sources[0].source-id", "no source-id"),
        row(
            "source-id too long",
            s -> s.source().sourceId = "x".repeat(33),
            "sources[0].source-id",
            "limit is 32"),
        row(
            "duplicate source-id",
            s -> s.sources.add(new TaskSpec.Source("mysql-1")),
            "sources[1].source-id",
            "already used by sources[0]"),
        row(
            "no dump threads",
            s -> s.source().dump = dump(0, 1000, "64MiB"),
            "sources[0].dump.threads",
            "at least 1"),
        row(
            "no chunk rows",
            s -> s.source().dump = dump(4, 0, "64MiB"),
            "sources[0].dump.rows",
            "at least one row"),
        row(
            "bad chunk-filesize",
            s -> s.source().dump = dump(4, 1000, "lots"),
            "sources[0].dump.chunk-filesize",
            "not a size"),
        row(
            "no load threads",
            s -> s.source().load = new LoadOptions(0, null, true),
            "sources[0].load.pool-size",
            "at least 1"),
        row(
            "no sync workers",
            s -> s.source().workerCount = 0,
            "sources[0].sync.worker-count",
            "at least 1"),
        row("batch 0", s -> s.source().batch = 0, "sources[0].sync.batch", "at least 1"),
        row(
            "queue-size 0",
            s -> s.source().queueSize = 0,
            "sources[0].sync.queue-size",
            "at least 1"),
        row(
            "flush interval 0",
            s -> s.source().flushInterval = Duration.ZERO,
            "sources[0].sync.checkpoint-flush-interval",
            "longer than zero"),
        row(
            "safe-mode with 0s window (DM 20061)",
            s -> {
              s.source().safeMode = true;
              s.source().safeModeDuration = Duration.ZERO;
            },
            "sources[0].sync.safe-mode-duration",
            "20061"),
        row(
            "negative safe-mode-duration",
            s -> s.source().safeModeDuration = Duration.ofSeconds(-1),
            "sources[0].sync.safe-mode-duration",
            "negative"),
        row(
            "compact with foreign_key_checks=1",
            s -> {
              s.session.put("foreign_key_checks", "1");
              s.source().compact = true;
            },
            "sources[0].sync.compact",
            "foreign_key_checks=1"),
        row(
            "multiple-rows with FOREIGN_KEY_CHECKS=ON",
            s -> {
              s.session.put("FOREIGN_KEY_CHECKS", "ON");
              s.source().multipleRows = true;
            },
            "sources[0].sync.multiple-rows",
            "foreign_key_checks=1"),
        row(
            "incremental meta without name or GTID",
            s -> incremental(s, new StartPosition(null, 4L, null)),
            "sources[0].meta",
            "neither binlog-name nor binlog-gtid"),
        row(
            "GTID mode without binlog-gtid",
            s -> {
              incremental(s, new StartPosition("mysql-bin.000001", 4L, null));
              s.source().enableGtid = true;
            },
            "sources[0].meta.binlog-gtid",
            "enable-gtid is on"),
        row(
            "file mode without binlog-name",
            s -> incremental(s, new StartPosition(null, null, "0-1-42")),
            "sources[0].meta.binlog-name",
            "enable-gtid is off"),
        row(
            "binlog name without sequence",
            s -> incremental(s, new StartPosition("binlog", 4L, null)),
            "sources[0].meta.binlog-name",
            "not a binlog file name"),
        row(
            "binlog position before first event",
            s -> incremental(s, new StartPosition("mysql-bin.000001", 3L, null)),
            "sources[0].meta.binlog-pos",
            "before the first event"),
        row(
            "GTID set that is neither form",
            s -> {
              incremental(s, new StartPosition(null, null, "abc:1-5"));
              s.source().enableGtid = true;
            },
            "sources[0].meta.binlog-gtid",
            "neither a MySQL GTID set"),
        row(
            "unknown time zone",
            s -> s.timezone = "Mars/Olympus_Mons",
            "timezone",
            "not a time zone"),
        row("offset beyond +14:00", s -> s.timezone = "+14:30", "timezone", "not a time zone"),
        row(
            "unknown checking item",
            s -> s.ignoreCheckingItems.add("bogus"),
            "ignore-checking-items[0]",
            "auto_increment_ID"),
        row(
            "bad shadow table regex",
            s -> s.onlineDdl = new OnlineDdl(true, List.of("_(.+"), null),
            "online-ddl.shadow-table-rules[0]",
            "not a valid regular expression"),
        row(
            "meta-schema too long",
            s -> s.metaSchema = "m".repeat(65),
            "meta-schema",
            "longer than 64"),
        row(
            "route not defined",
            s -> refs(s, new RuleRefs(null, List.of("r1", "nope"), null, null)),
            "sources[0].rules.route-rules[1]",
            "route nope is not defined"),
        row(
            "block-allow-list not defined",
            s -> refs(s, new RuleRefs("nope", List.of("r1"), null, null)),
            "sources[0].rules.block-allow-list",
            "not defined"),
        row(
            "filter listed twice",
            s -> refs(s, new RuleRefs(null, List.of("r1"), List.of("f1", "f1"), null)),
            "sources[0].rules.filter-rules[1]",
            "listed twice"),
        row(
            "expression filter not defined",
            s -> refs(s, new RuleRefs(null, List.of("r1"), null, List.of("x9"))),
            "sources[0].rules.expression-filters[0]",
            "not defined"),
        row(
            "rule no source uses (DM 20038)",
            s -> refs(s, new RuleRefs(null, List.of(), null, null)),
            "rules.routes.r1",
            "20038"),
        row(
            "ENV password without name",
            s -> s.target.password = Secret.env(""),
            "target.password",
            "name is empty"),
        row(
            "ENV password with bad name",
            s -> s.source().password = Secret.env("MY-PASS"),
            "sources[0].password",
            "not an environment variable name"),
        row(
            "remembered password without id",
            s -> s.source().password = Secret.remembered(""),
            "sources[0].password",
            "no id"),
        row(
            "client certificate without key",
            s ->
                s.target.tls =
                    new TlsConfig(null, "/etc/c.pem", null, TlsConfig.VerifyMode.REQUIRED),
            "target.tls.ssl-key",
            "ssl-key is missing"),
        row(
            "no TLS mode",
            s -> s.target.tls = new TlsConfig(null, null, null, null),
            "target.tls.verify-mode",
            "No TLS mode"),
        row(
            "server-id 0",
            s -> s.source().serverId = 0,
            "sources[0].server-id",
            "not a positive number"),
        row(
            "session variable twice",
            s -> {
              s.session.put("sql_mode", "");
              s.session.put("SQL_MODE", "");
            },
            "target.session.SQL_MODE",
            "set twice"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void reportsAnError(String rule, Consumer<TaskSpec> change, String path, String fragment) {
    assertReports(change, Severity.ERROR, path, fragment);
  }

  static Stream<Arguments> warnings() {
    return Stream.of(
        row(
            "on-existing-table differs between sources",
            s -> {
              TaskSpec.Source second = new TaskSpec.Source("mysql-2");
              second.load = LoadOptions.defaults().withOnExistingTable(LoadOptions.OnExistingTable.APPEND);
              s.sources.add(second);
            },
            "sources[1].load.on-existing-table",
            "follows the first source's value"),
        row(
            "absurd dump threads",
            s -> s.source().dump = dump(65, 1000, "64MiB"),
            "sources[0].dump.threads",
            "unusually high"),
        row(
            "absurd sync workers",
            s -> s.source().workerCount = 500,
            "sources[0].sync.worker-count",
            "unusually high"),
        row(
            "meta in full mode",
            s -> {
              s.mode = TaskMode.FULL;
              s.source().meta = new StartPosition("mysql-bin.000001", 4L, null);
            },
            "sources[0].meta",
            "ignored in full mode"),
        row(
            "meta in all mode",
            s -> s.source().meta = new StartPosition("mysql-bin.000001", 4L, null),
            "sources[0].meta",
            "position recorded by the dump"),
        row(
            "incremental without meta",
            s -> s.mode = TaskMode.INCREMENTAL,
            "sources[0].meta",
            "No start position"),
        row(
            "shard mode without routes",
            s -> s.shardMode = ShardMode.PESSIMISTIC,
            "shard-mode",
            "no tables are merged"),
        row(
            "missing TLS file",
            s ->
                s.source().tls =
                    new TlsConfig(
                        "/nonexistent/ca.pem", null, null, TlsConfig.VerifyMode.VERIFY_CA),
            "sources[0].tls.ssl-ca",
            "does not exist"),
        row(
            "relative TLS path",
            s ->
                s.source().tls =
                    new TlsConfig("ca.pem", null, null, TlsConfig.VerifyMode.VERIFY_CA),
            "sources[0].tls.ssl-ca",
            "relative"),
        row(
            "TLS disabled with files",
            s ->
                s.target.tls =
                    new TlsConfig("/nonexistent/ca.pem", null, null, TlsConfig.VerifyMode.DISABLED),
            "target.tls.verify-mode",
            "not used"),
        row(
            "session time_zone overridden",
            s -> {
              s.timezone = "UTC";
              s.session.put("time_zone", "+08:00");
            },
            "target.session.time_zone",
            "overrides"),
        row(
            "physical-import check",
            s -> s.ignoreCheckingItems.add("free_space"),
            "ignore-checking-items[0]",
            "physical import"),
        row(
            "binlog-pos without binlog-name",
            s -> {
              incremental(s, new StartPosition(null, 120L, UUID + ":1-5"));
              s.source().enableGtid = true;
            },
            "sources[0].meta.binlog-pos",
            "ignored without binlog-name"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("warnings")
  void reportsAWarning(String rule, Consumer<TaskSpec> change, String path, String fragment) {
    assertReports(change, Severity.WARNING, path, fragment);
  }

  static Stream<Arguments> accepted() {
    return Stream.of(
        arguments("IANA zone", (Consumer<TaskSpec>) s -> s.timezone = "Asia/Shanghai"),
        arguments("UTC", (Consumer<TaskSpec>) s -> s.timezone = "UTC"),
        arguments("SYSTEM", (Consumer<TaskSpec>) s -> s.timezone = "SYSTEM"),
        arguments("offset +08:00", (Consumer<TaskSpec>) s -> s.timezone = "+08:00"),
        arguments("offset -12:59", (Consumer<TaskSpec>) s -> s.timezone = "-12:59"),
        arguments("offset +14:00", (Consumer<TaskSpec>) s -> s.timezone = "+14:00"),
        arguments(
            "every DM checking item but physical",
            (Consumer<TaskSpec>)
                s ->
                    s.ignoreCheckingItems.addAll(
                        CheckingItems.ALL.stream()
                            .filter(i -> !CheckingItems.PHYSICAL_IMPORT_ONLY.contains(i))
                            .toList())),
        arguments(
            "MySQL GTID start",
            (Consumer<TaskSpec>)
                s -> {
                  incremental(
                      s,
                      new StartPosition(
                          null, null, UUID + ":1-5:7-9,\n" + UUID.replace('3', '4') + ":1"));
                  s.source().enableGtid = true;
                }),
        arguments(
            "MySQL 8.4 tagged GTID",
            (Consumer<TaskSpec>)
                s -> {
                  incremental(s, new StartPosition(null, null, UUID + ":1-5:blue:1-3"));
                  s.source().enableGtid = true;
                }),
        arguments(
            "MariaDB GTID start",
            (Consumer<TaskSpec>)
                s -> {
                  incremental(s, new StartPosition(null, null, "0-1-42,1-2-7"));
                  s.source().enableGtid = true;
                }),
        arguments(
            "file/position start",
            (Consumer<TaskSpec>)
                s -> incremental(s, new StartPosition("mysql-bin.000042", 4L, null))),
        arguments(
            "sources sharing rules",
            (Consumer<TaskSpec>)
                s -> {
                  refs(s, new RuleRefs("bal", List.of("r1"), List.of("f1"), List.of("x1")));
                  TaskSpec.Source second = new TaskSpec.Source("mysql-2");
                  second.rules = s.source().rules;
                  s.sources.add(second);
                }),
        arguments(
            "shard mode with routes",
            (Consumer<TaskSpec>)
                s -> {
                  s.shardMode = ShardMode.OPTIMISTIC;
                  refs(s, new RuleRefs("bal", List.of("r1"), List.of("f1"), List.of("x1")));
                }),
        arguments(
            "compact with foreign_key_checks=0",
            (Consumer<TaskSpec>)
                s -> {
                  s.session.put("foreign_key_checks", "0");
                  s.source().compact = true;
                  s.source().multipleRows = true;
                }),
        arguments(
            "safe-mode with default window", (Consumer<TaskSpec>) s -> s.source().safeMode = true),
        arguments(
            "sync options unused in full mode",
            (Consumer<TaskSpec>)
                s -> {
                  s.mode = TaskMode.FULL;
                  s.source().batch = 0;
                }),
        arguments(
            "dump options unused in incremental mode",
            (Consumer<TaskSpec>)
                s -> {
                  incremental(s, new StartPosition("mysql-bin.000001", 4L, null));
                  s.source().dump = dump(0, 0, "?");
                }),
        arguments(
            "ask, env and plain passwords",
            (Consumer<TaskSpec>)
                s -> {
                  s.target.password = Secret.ask();
                  s.source().password = Secret.plain("");
                }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("accepted")
  void acceptsValidSettings(String what, Consumer<TaskSpec> change) {
    TaskSpec spec = new TaskSpec();
    change.accept(spec);
    assertThat(ConfigValidator.validate(spec.build())).isEmpty();
  }

  @Test
  void anExistingAbsoluteTlsFileIsFine(@TempDir Path dir) throws Exception {
    Path ca = Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----");
    TaskSpec spec = new TaskSpec();
    spec.target.tls =
        new TlsConfig(ca.toString(), null, null, TlsConfig.VerifyMode.VERIFY_IDENTITY);
    assertThat(ConfigValidator.validate(spec.build())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"mysql-1", "a", "0123456789abcdef0123456789abcdef"})
  void acceptsSourceIdsUpTo32Characters(String id) {
    TaskSpec spec = new TaskSpec();
    spec.source().sourceId = id;
    assertThat(ConfigValidator.validate(spec.build())).isEmpty();
  }

  @Test
  void neverChangesTheTask() {
    TaskSpec spec = new TaskSpec();
    spec.source().batch = 0;
    TaskConfig task = spec.build();
    ConfigValidator.validate(task);
    assertThat(task).isEqualTo(spec.build());
    assertThat(task.sources().get(0).sync().batch()).isZero();
  }

  private static void assertReports(
      Consumer<TaskSpec> change, Severity severity, String path, String fragment) {
    TaskSpec spec = new TaskSpec();
    change.accept(spec);
    List<ConfigProblem> problems = ConfigValidator.validate(spec.build());
    assertThat(problems)
        .as("problems: %s", problems)
        .anySatisfy(
            p -> {
              assertThat(p.severity()).isEqualTo(severity);
              assertThat(p.path()).isEqualTo(path);
              assertThat(p.message() + " Fix: " + p.fix()).contains(fragment);
              assertThat(p.fix()).isNotBlank();
            });
    if (severity == Severity.WARNING) {
      assertThat(ConfigValidator.hasErrors(problems)).as("problems: %s", problems).isFalse();
    }
  }

  private static Arguments row(
      String rule, Consumer<TaskSpec> change, String path, String fragment) {
    return arguments(rule, change, path, fragment);
  }

  private static DumpOptions dump(int threads, long rows, String filesize) {
    return new DumpOptions(threads, rows, filesize, DumpOptions.Consistency.AUTO, "");
  }

  private static void incremental(TaskSpec spec, StartPosition meta) {
    spec.mode = TaskMode.INCREMENTAL;
    spec.source().meta = meta;
  }

  /** Points the first source at {@code refs}, with rules bal, r1, f1 and x1 defined. */
  private static void refs(TaskSpec spec, RuleRefs refs) {
    spec.source().rules = refs;
    spec.rules =
        new RuleSets(
            Map.of("bal", new BlockAllowList(List.of("shop"), null, null, null)),
            Map.of("r1", RouteRule.of("shop_*", "orders_*", "shop", "orders")),
            Map.of(
                "f1",
                new BinlogFilterRule(
                    "shop", "*", List.of("truncate table"), null, FilterAction.IGNORE)),
            Map.of("x1", new ExpressionFilterRule("shop", "orders", "id > 0", null, null, null)));
  }
}
