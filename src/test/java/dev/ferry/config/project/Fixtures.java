package dev.ferry.config.project;

import dev.ferry.config.DumpOptions;
import dev.ferry.config.LoadOptions;
import dev.ferry.config.OnlineDdl;
import dev.ferry.config.Secret;
import dev.ferry.config.StartPosition;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.TaskSpec;
import dev.ferry.config.TlsConfig;
import dev.ferry.config.rules.BinlogFilterRule;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.ExpressionFilterRule;
import dev.ferry.config.rules.Extraction;
import dev.ferry.config.rules.FilterAction;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.config.rules.TablePattern;
import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TaskMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Projects and files for the project-file tests. */
final class Fixtures {

  static final UUID ID = UUID.fromString("6f1c1d9e-5b7a-4c8e-9a51-2f0d7c3b9e10");
  static final Instant CREATED = Instant.parse("2025-01-31T09:30:00Z");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-01T12:00:00Z"), ZoneOffset.UTC);

  private Fixtures() {}

  /** A task with every option away from its default and every kind of rule. */
  static TaskConfig fullTask() {
    TaskSpec s = new TaskSpec();
    s.mode = TaskMode.INCREMENTAL;
    s.shardMode = ShardMode.PESSIMISTIC;
    s.caseSensitive = true;
    s.onlineDdl = new OnlineDdl(false, List.of("^_(.+)_new$"), List.of("^_(.+)_old$"));
    s.timezone = "+08:00";
    s.collation = TaskConfig.CollationCompatible.STRICT;
    s.ignoreCheckingItems.addAll(List.of("version", "table_schema"));
    s.cleanDumpFile = false;
    s.metaSchema = "ferry_meta";
    s.target.password = Secret.env("TIDB_PASSWORD");
    s.target.tls =
        new TlsConfig(
            "/etc/ferry/ca.pem",
            "/etc/ferry/client.pem",
            "/etc/ferry/client-key.pem",
            TlsConfig.VerifyMode.VERIFY_IDENTITY);
    s.session.put("sql_mode", "ANSI_QUOTES");
    s.session.put("tidb_txn_mode", "optimistic");

    TaskSpec.Source first = s.source();
    first.password = Secret.remembered("0b7e3a52-1f7c-4d6a-9c1e-2b4f8d9a6e31");
    first.serverId = 4242;
    first.enableGtid = true;
    first.meta =
        new StartPosition("mysql-bin.000042", 1234L, "3e11fa47-71ca-11e1-9e33-c80aa9429562:1-100");
    first.rules = new RuleRefs("bal", List.of("r1", "r2"), List.of("f1"), List.of("x1"));
    first.dump = new DumpOptions(8, 50_000, "128MiB", DumpOptions.Consistency.FLUSH, "id > 0");
    first.load = new LoadOptions(2, LoadOptions.OnDuplicate.IGNORE, false);
    first.workerCount = 32;
    first.batch = 500;
    first.queueSize = 2048;
    first.flushInterval = Duration.ofSeconds(15);
    first.safeMode = true;
    first.safeModeDuration = Duration.ofSeconds(90);
    first.compact = true;
    first.multipleRows = true;

    TaskSpec.Source second = new TaskSpec.Source("mysql-2");
    second.host = "db2.example.com";
    second.password = Secret.ask();
    second.tls = TlsConfig.disabled();
    second.rules = new RuleRefs(null, List.of("r1"), List.of(), List.of());
    second.flushInterval = Duration.ofMillis(1500);
    s.sources.add(second);

    Map<String, RouteRule> routes = new LinkedHashMap<>();
    routes.put("r1", RouteRule.of("shop_*", null, "shop", null));
    routes.put(
        "r2",
        new RouteRule(
            "shop_*",
            "orders_*",
            "shop",
            "orders",
            new Extraction("orders_(.*)", "c_table"),
            new Extraction("shop_(.*)", "c_schema"),
            new Extraction("(.*)", "c_source")));
    s.rules =
        new RuleSets(
            Map.of(
                "bal",
                new BlockAllowList(
                    List.of("shop_*"),
                    List.of(new TablePattern("shop_*", "orders_*")),
                    List.of("~^tmp"),
                    List.of(new TablePattern("shop_*", "log")))),
            routes,
            Map.of(
                "f1",
                new BinlogFilterRule(
                    "shop_*",
                    "",
                    List.of("truncate table", "drop table"),
                    List.of("^DROP\\s+TABLE"),
                    FilterAction.IGNORE)),
            Map.of(
                "x1", new ExpressionFilterRule("shop_1", "orders", null, "c > 1", "c < 0", null)));
    return s.build();
  }

  static Project fullProject() {
    return new Project(ID, CREATED, null, fullTask());
  }

  /** Copies {@code projects/<name>} from the test resources into {@code dir}. */
  static Path copyResource(String name, Path dir) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/projects/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource projects/" + name);
      }
      Path file = dir.resolve(Path.of(name).getFileName().toString());
      Files.copy(in, file);
      // An old modification time, so that any write would visibly change it.
      Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes and modification time of a file, to prove it was not touched. */
  record Snapshot(byte[] bytes, FileTime modified) {
    static Snapshot of(Path file) {
      try {
        return new Snapshot(Files.readAllBytes(file), Files.getLastModifiedTime(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    boolean sameAs(Snapshot other) {
      return Arrays.equals(bytes, other.bytes) && modified.equals(other.modified);
    }
  }
}
