package dev.ferry.engine.sync;

import dev.ferry.config.DumpOptions;
import dev.ferry.config.Secret;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.StartPosition;
import dev.ferry.config.SyncOptions;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.TlsConfig;
import dev.ferry.config.rules.BinlogFilterRule;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.TaskMode;
import dev.ferry.engine.MigrationListener;
import dev.ferry.engine.SyncStatus;
import dev.ferry.engine.run.ProgressRegistry;
import dev.ferry.engine.run.RunContext;
import dev.ferry.store.StateStore;
import dev.ferry.testing.MariaDbServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a {@link SyncUnit} on its own thread against the test servers: one source database routed to
 * one target database, with optional filter rules. {@link #awaitCaughtUp} waits until the target
 * committed everything the source has written.
 */
final class SyncRun implements AutoCloseable {

  final UUID taskId;
  final StateStore store;
  final TaskConfig config;
  final SyncUnit unit = new SyncUnit(new SyncTuning(Duration.ofMillis(500), Duration.ofMillis(20)));
  final ProgressRegistry progress = new ProgressRegistry();
  private final MariaDbServer source;
  private volatile boolean stop;
  private Thread thread;
  final AtomicReference<Throwable> failure = new AtomicReference<>();

  SyncRun(
      Path home,
      UUID taskId,
      MariaDbServer source,
      String sourceHost,
      int sourcePort,
      MariaDbServer target,
      String sourceDb,
      String targetDb,
      SyncOptions options,
      Map<String, BinlogFilterRule> filters,
      boolean gtid,
      StartPosition meta) {
    this(
        home,
        taskId,
        source,
        sourceHost,
        sourcePort,
        target,
        sourceDb,
        targetDb,
        options,
        filters,
        gtid,
        meta,
        TaskMode.INCREMENTAL);
  }

  SyncRun(
      Path home,
      UUID taskId,
      MariaDbServer source,
      String sourceHost,
      int sourcePort,
      MariaDbServer target,
      String sourceDb,
      String targetDb,
      SyncOptions options,
      Map<String, BinlogFilterRule> filters,
      boolean gtid,
      StartPosition meta,
      TaskMode mode) {
    this(home, taskId, source, sourceHost, sourcePort, target, sourceDb, targetDb, options, filters, gtid, meta,
        mode, null);
  }

  /** As above, with the full copy's dump options ({@code null}: the defaults). */
  SyncRun(
      Path home,
      UUID taskId,
      MariaDbServer source,
      String sourceHost,
      int sourcePort,
      MariaDbServer target,
      String sourceDb,
      String targetDb,
      SyncOptions options,
      Map<String, BinlogFilterRule> filters,
      boolean gtid,
      StartPosition meta,
      TaskMode mode,
      DumpOptions dump) {
    this.taskId = taskId;
    this.source = source;
    this.store = StateStore.open(home);
    if (store.tasks().find(taskId).isEmpty()) {
      store.tasks().register(taskId, "t" + taskId.toString().substring(0, 8), null, mode);
    }
    TaskConfig c =
        config(
            sourceHost,
            sourcePort,
            target.host(),
            target.port(),
            sourceDb,
            targetDb,
            options,
            filters,
            gtid,
            meta,
            dump);
    this.config =
        new TaskConfig(
            c.name(),
            mode,
            c.shardMode(),
            c.caseSensitive(),
            c.onlineDdl(),
            c.timezone(),
            c.collationCompatible(),
            c.ignoreCheckingItems(),
            c.cleanDumpFile(),
            c.metaSchema(),
            c.target(),
            c.sources(),
            c.rules());
  }

  /** The task: {@code sourceDb} (only) routed to {@code targetDb}, with {@code filters}. */
  static TaskConfig config(
      String sourceHost,
      int sourcePort,
      String targetHost,
      int targetPort,
      String sourceDb,
      String targetDb,
      SyncOptions options,
      Map<String, BinlogFilterRule> filters,
      boolean gtid,
      StartPosition meta) {
    return config(sourceHost, sourcePort, targetHost, targetPort, sourceDb, targetDb, options, filters, gtid, meta,
        null);
  }

  /** As above, with the full copy's dump options ({@code null}: the defaults). */
  static TaskConfig config(
      String sourceHost,
      int sourcePort,
      String targetHost,
      int targetPort,
      String sourceDb,
      String targetDb,
      SyncOptions options,
      Map<String, BinlogFilterRule> filters,
      boolean gtid,
      StartPosition meta,
      DumpOptions dump) {
    RuleSets rules =
        new RuleSets(
            Map.of("ba", new BlockAllowList(List.of(sourceDb), List.of(), List.of(), List.of())),
            Map.of("r", RouteRule.of(sourceDb, null, targetDb, null)),
            filters,
            Map.of());
    SourceConfig src =
        new SourceConfig(
            "src1",
            sourceHost,
            sourcePort,
            MariaDbServer.USER,
            Secret.plain(MariaDbServer.PASSWORD),
            TlsConfig.disabled(),
            null,
            gtid,
            meta,
            new RuleRefs("ba", List.of("r"), List.copyOf(filters.keySet()), List.of()),
            dump,
            null,
            options);
    TargetConfig tgt =
        new TargetConfig(
            targetHost,
            targetPort,
            MariaDbServer.USER,
            Secret.plain(MariaDbServer.PASSWORD),
            TlsConfig.disabled(),
            Map.of());
    return new TaskConfig(
        "sync-it",
        TaskMode.INCREMENTAL,
        null,
        false,
        null,
        "",
        null,
        null,
        false,
        null,
        tgt,
        List.of(src),
        rules);
  }

  static SyncOptions options(int workers, int batch) {
    return new SyncOptions(
        workers, batch, 256, Duration.ofMillis(500), false, Duration.ofSeconds(60), false, false);
  }

  static Map<String, BinlogFilterRule> noFilters() {
    return new LinkedHashMap<>();
  }

  RunContext context() {
    return new RunContext(taskId, config, store, progress, MigrationListener.NONE, () -> stop);
  }

  void start() {
    stop = false;
    failure.set(null);
    RunContext context = context();
    thread =
        new Thread(
            () -> {
              try {
                unit.run(context);
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "sync-it");
    thread.start();
  }

  /** Waits until the applied checkpoint reaches the source's current position. */
  void awaitCaughtUp(Duration timeout) throws InterruptedException {
    BinlogPosition head = headPosition();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (failure.get() != null) {
        throw new AssertionError("the sync failed", failure.get());
      }
      SyncStatus s = unit.status();
      if (s != null && s.appliedPosition() != null && s.appliedPosition().compareTo(head) >= 0) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "not caught up with " + head + " after " + timeout + ": " + unit.status(), failure.get());
  }

  BinlogPosition headPosition() {
    return head(source);
  }

  static BinlogPosition head(MariaDbServer source) {
    try (var c = source.connect();
        var s = c.createStatement();
        var rs = s.executeQuery("SHOW MASTER STATUS")) {
      rs.next();
      return BinlogPosition.of(rs.getString(1), rs.getLong(2));
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Asks the sync to stop and waits for it; returns its failure, if any. */
  Throwable stop() throws InterruptedException {
    stop = true;
    if (thread != null) {
      thread.join(30_000);
    }
    return failure.get();
  }

  /** Waits for the sync to end by itself (an error); returns the failure. */
  Throwable awaitFailure(Duration timeout) throws InterruptedException {
    thread.join(timeout.toMillis());
    return failure.get();
  }

  @Override
  public void close() throws InterruptedException {
    stop();
    store.close();
  }
}
