package dev.ferry.config.dm;

import static dev.ferry.config.dm.DmFixtures.importFixture;
import static dev.ferry.config.dm.DmFixtures.paths;
import static dev.ferry.config.dm.DmFixtures.source;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.DumpOptions;
import dev.ferry.config.DumpOptions.Consistency;
import dev.ferry.config.LoadOptions;
import dev.ferry.config.LoadOptions.OnDuplicate;
import dev.ferry.config.OnlineDdl;
import dev.ferry.config.Secret;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.StartPosition;
import dev.ferry.config.SyncOptions;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.TaskConfig.CollationCompatible;
import dev.ferry.config.TlsConfig;
import dev.ferry.config.TlsConfig.VerifyMode;
import dev.ferry.config.rules.BinlogFilterRule;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.ExpressionFilterRule;
import dev.ferry.config.rules.Extraction;
import dev.ferry.config.rules.FilterAction;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.TablePattern;
import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TaskMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The docs' full task.yaml template, three sources, every section populated. */
class DmImportFullReferenceTest {

  private final DmImportResult result = importFixture("full");
  private final TaskConfig task = result.task();

  @Test
  void importsWithoutErrors() {
    assertThat(result.problems()).filteredOn(p -> p.isError()).isEmpty();
    assertThat(task.sources())
        .extracting(SourceConfig::sourceId)
        .containsExactly("mysql-replica-01", "mysql-replica-02", "mysql-replica-03");
  }

  @Test
  void mapsTaskLevelOptions() {
    assertThat(task.name()).isEqualTo("test");
    assertThat(task.taskMode()).isEqualTo(TaskMode.ALL);
    assertThat(task.shardMode()).isEqualTo(ShardMode.PESSIMISTIC);
    assertThat(task.metaSchema()).isEqualTo("dm_meta");
    assertThat(task.timezone()).isEqualTo("Asia/Shanghai");
    assertThat(task.caseSensitive()).isFalse();
    assertThat(task.onlineDdl()).isEqualTo(OnlineDdl.defaults());
    assertThat(task.cleanDumpFile()).isTrue();
    assertThat(task.collationCompatible()).isEqualTo(CollationCompatible.LOOSE);
    assertThat(task.ignoreCheckingItems())
        .containsExactly("dump_privilege", "replication_privilege");
  }

  @Test
  void mapsTargetDatabaseAndAsksForTheEncryptedPassword() {
    TargetConfig target = task.target();
    assertThat(target.host()).isEqualTo("192.168.0.1");
    assertThat(target.port()).isEqualTo(4000);
    assertThat(target.user()).isEqualTo("root");
    assertThat(target.password()).isEqualTo(Secret.ask());
    assertThat(target.session())
        .containsExactly(
            Map.entry("sql_mode", "ANSI_QUOTES,NO_ZERO_IN_DATE,NO_ZERO_DATE"),
            Map.entry("tidb_skip_utf8_check", "1"),
            Map.entry("tidb_constraint_check_in_place", "0"));
    assertThat(target.tls())
        .isEqualTo(
            new TlsConfig(
                "/path/to/ca.pem", "/path/to/cert.pem", "/path/to/key.pem", VerifyMode.VERIFY_CA));
  }

  @Test
  void mapsRoutesWithExtractions() {
    assertThat(task.rules().routes())
        .containsEntry(
            "route-rule-1",
            new RouteRule(
                "test_*",
                "t_*",
                "test",
                "t",
                new Extraction("t_(.*)", "c_table"),
                new Extraction("test_(.*)", "c_schema"),
                new Extraction("(.*)", "c_source")))
        .containsEntry("route-rule-2", RouteRule.of("test_*", null, "test", null));
  }

  @Test
  void mapsBinlogFiltersIncludingTheSourceLevelOne() {
    assertThat(task.rules().filters())
        .containsEntry(
            "filter-rule-1",
            new BinlogFilterRule(
                "test_*",
                "t_*",
                List.of("truncate table", "drop table"),
                List.of(),
                FilterAction.IGNORE))
        .containsEntry(
            "filter-rule-2",
            new BinlogFilterRule("test_*", null, List.of("all dml"), List.of(), FilterAction.DO))
        .containsEntry(
            "filter-rule-3",
            new BinlogFilterRule(
                "test_*",
                null,
                List.of(),
                List.of("^DROP\\s+PROCEDURE", "^CREATE\\s+PROCEDURE"),
                FilterAction.IGNORE))
        .containsEntry(
            "mysql-replica-01-source-filter-1",
            new BinlogFilterRule(
                "dmctl",
                "t_1",
                List.of(),
                List.of("alter table .* add column `aaa` int"),
                FilterAction.IGNORE));
  }

  @Test
  void mapsExpressionFilters() {
    assertThat(task.rules().expressionFilters())
        .containsEntry(
            "even_c", new ExpressionFilterRule("expr_filter", "tbl", "c % 2 = 0", null, null, null))
        .containsEntry(
            "update_price",
            new ExpressionFilterRule(
                "expr_filter", "items", null, "price < 0", "price > 100", null));
  }

  @Test
  void mapsBlockAllowLists() {
    assertThat(task.rules().blockAllowList())
        .containsEntry(
            "bw-rule-1",
            new BlockAllowList(
                List.of("~^test.*", "user"),
                List.of(
                    new TablePattern("~^test.*", "~^t.*"), new TablePattern("user", "information")),
                List.of("mysql", "account"),
                List.of()))
        .containsEntry(
            "bw-rule-2",
            new BlockAllowList(
                List.of(), List.of(), List.of(), List.of(new TablePattern("user", "log"))));
  }

  @Test
  void mapsEachInstanceToItsRulesAndStartPosition() {
    SourceConfig first = source(task, "mysql-replica-01");
    assertThat(first.rules())
        .isEqualTo(
            new RuleRefs(
                "bw-rule-1",
                List.of("route-rule-1", "route-rule-2"),
                List.of("filter-rule-1", "filter-rule-2", "mysql-replica-01-source-filter-1"),
                List.of("even_c")));
    assertThat(first.meta())
        .isEqualTo(
            new StartPosition(
                "binlog.000001",
                4L,
                "03fc0263-28c7-11e7-a653-6c0b84d59f30:1-7041423,05474d3c-28c7-11e7-8352-203db246dd3d:1-170"));
    assertThat(source(task, "mysql-replica-02").rules())
        .isEqualTo(
            new RuleRefs(
                "bw-rule-2",
                List.of("route-rule-1", "route-rule-2"),
                List.of("filter-rule-3"),
                List.of("update_price")));
    assertThat(source(task, "mysql-replica-02").meta()).isNull();
  }

  @Test
  void resolvesNamedUnitConfigs() {
    SourceConfig first = source(task, "mysql-replica-01");
    assertThat(first.dump()).isEqualTo(new DumpOptions(4, 200_000, "64MiB", Consistency.NONE, ""));
    assertThat(first.load()).isEqualTo(new LoadOptions(16, OnDuplicate.REPLACE, true));
    assertThat(first.sync())
        .isEqualTo(
            new SyncOptions(
                16, 100, 1024, Duration.ofSeconds(30), false, Duration.ofSeconds(60), false, true));
  }

  @Test
  void threadOverridesWinOverNamedConfigs() {
    SourceConfig second = source(task, "mysql-replica-02");
    assertThat(second.dump().threads()).isEqualTo(8);
    assertThat(second.dump().consistency()).isEqualTo(Consistency.NONE);
    assertThat(second.load().threads()).isEqualTo(32);
    assertThat(second.sync().workerCount()).isEqualTo(32);
    assertThat(second.sync().multipleRows()).isTrue();
  }

  @Test
  void readsInlineUnitBlocksAndExtraArgs() {
    SourceConfig third = source(task, "mysql-replica-03");
    assertThat(third.dump())
        .isEqualTo(new DumpOptions(2, 50_000, "256MiB", Consistency.NONE, "id < 1000000"));
    assertThat(third.load()).isEqualTo(new LoadOptions(8, OnDuplicate.IGNORE, true));
    assertThat(third.sync())
        .isEqualTo(
            new SyncOptions(
                8, 200, 2048, Duration.ofSeconds(15), true, Duration.ofSeconds(90), true, false));
  }

  @Test
  void mapsSourceFiles() {
    SourceConfig first = source(task, "mysql-replica-01");
    assertThat(first.host()).isEqualTo("172.16.10.81");
    assertThat(first.port()).isEqualTo(3306);
    assertThat(first.user()).isEqualTo("root");
    assertThat(first.enableGtid()).isTrue();
    assertThat(first.serverId()).isEqualTo(429_496_730);
    assertThat(first.password()).isEqualTo(Secret.ask());
    assertThat(first.tls().verifyMode()).isEqualTo(VerifyMode.VERIFY_CA);

    SourceConfig second = source(task, "mysql-replica-02");
    assertThat(second.port()).isEqualTo(3307);
    assertThat(second.password()).isEqualTo(Secret.plain("s3cr3t!"));
    assertThat(second.serverId()).isNull();
    assertThat(second.enableGtid()).isFalse();
    assertThat(second.tls()).isEqualTo(TlsConfig.preferred());

    assertThat(source(task, "mysql-replica-03").password())
        .isEqualTo(Secret.env("REPLICA_03_PASSWORD"));
  }

  @Test
  void reportsWhatFerryDoesNotTakeOverByPath() {
    assertThat(paths(result))
        .contains(
            "task.yaml:online-ddl-scheme",
            "task.yaml:target-database.password",
            "task.yaml:target-database.max-allowed-packet",
            "task.yaml:syncers.global.enable-ansi-quotes",
            "task.yaml:validators.global",
            "task.yaml:mysql-instances[0].meta",
            "task.yaml:mysql-instances[1].mydumper-thread",
            "task.yaml:mysql-instances[1].loader-thread",
            "task.yaml:mysql-instances[1].syncer-thread",
            "task.yaml:mysql-instances[2].mydumper.extra-args",
            "task.yaml:mysql-instances[2].loader.on-duplicate",
            "source-mysql-replica-01.yaml:from.password",
            "source-mysql-replica-01.yaml:purge",
            "source-mysql-replica-01.yaml:checker",
            "source-mysql-replica-01.yaml:filters[0]",
            "source-mysql-replica-01.yaml:flavor");
    assertThat(result.problems())
        .anySatisfy(p -> assertThat(p.message()).contains("'-B shop'"))
        .anySatisfy(p -> assertThat(p.message()).contains("validation"))
        .anySatisfy(p -> assertThat(p.message()).contains("dmctl encrypt"));
  }

  @Test
  void doesNotReportPhysicalOnlyKeysOfALogicalLoader() {
    assertThat(paths(result)).noneMatch(p -> p.contains("loaders.global"));
  }
}
