package dev.ferry.config;

import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TaskMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mutable description of a valid task for tests: change a field, then {@link #build()}. Starts as
 * an {@code all} task from one source to a TiDB target that passes validation without problems.
 */
public final class TaskSpec {

  public String name = "shop-to-tidb";
  public TaskMode mode = TaskMode.ALL;
  public ShardMode shardMode = ShardMode.NONE;
  public boolean caseSensitive = false;
  public OnlineDdl onlineDdl = OnlineDdl.defaults();
  public String timezone = "";
  public TaskConfig.CollationCompatible collation = TaskConfig.CollationCompatible.LOOSE;
  public List<String> ignoreCheckingItems = new ArrayList<>();
  public boolean cleanDumpFile = true;
  public String metaSchema = "dm_meta";
  public Connection target = new Connection("tidb.example.com", 4000, "root");
  public boolean noTarget = false;
  public Map<String, String> session = new LinkedHashMap<>();
  public List<Source> sources = new ArrayList<>(List.of(new Source("mysql-1")));
  public RuleSets rules = RuleSets.empty();

  /** Host, port, user, password and TLS of a connection. */
  public static class Connection {
    public String host;
    public int port;
    public String user;
    public Secret password = Secret.env("FERRY_TEST_PASSWORD");
    public TlsConfig tls = TlsConfig.preferred();

    public Connection(String host, int port, String user) {
      this.host = host;
      this.port = port;
      this.user = user;
    }
  }

  /** One source with DM's default options. */
  public static final class Source extends Connection {
    public String sourceId;
    public Integer serverId = null;
    public boolean enableGtid = false;
    public StartPosition meta = null;
    public RuleRefs rules = RuleRefs.none();
    public DumpOptions dump = DumpOptions.defaults();
    public LoadOptions load = LoadOptions.defaults();
    public int workerCount = SyncOptions.DEFAULT_WORKER_COUNT;
    public int batch = SyncOptions.DEFAULT_BATCH;
    public int queueSize = SyncOptions.DEFAULT_QUEUE_SIZE;
    public Duration flushInterval = SyncOptions.DEFAULT_FLUSH_INTERVAL;
    public boolean safeMode = false;
    public Duration safeModeDuration = null;
    public boolean compact = false;
    public boolean multipleRows = false;

    public Source(String sourceId) {
      super("db1.example.com", 3306, "repl");
      this.sourceId = sourceId;
    }

    public SourceConfig build() {
      return new SourceConfig(
          sourceId,
          host,
          port,
          user,
          password,
          tls,
          serverId,
          enableGtid,
          meta,
          rules,
          dump,
          load,
          new SyncOptions(
              workerCount,
              batch,
              queueSize,
              flushInterval,
              safeMode,
              safeModeDuration,
              compact,
              multipleRows));
    }
  }

  public Source source() {
    return sources.get(0);
  }

  public TaskConfig build() {
    TargetConfig targetConfig =
        noTarget
            ? null
            : new TargetConfig(
                target.host, target.port, target.user, target.password, target.tls, session);
    return new TaskConfig(
        name,
        mode,
        shardMode,
        caseSensitive,
        onlineDdl,
        timezone,
        collation,
        ignoreCheckingItems,
        cleanDumpFile,
        metaSchema,
        targetConfig,
        sources.stream().map(Source::build).toList(),
        rules);
  }
}
