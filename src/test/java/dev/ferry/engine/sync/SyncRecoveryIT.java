package dev.ferry.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.StartPosition;
import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.EventKind;
import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import dev.ferry.store.StateStore;
import dev.ferry.testing.ChildJvm;
import dev.ferry.testing.MariaDbExtension;
import dev.ferry.testing.MariaDbServer;
import dev.ferry.testing.Sandbox;
import dev.ferry.testing.TableComparison;
import dev.ferry.testing.TcpProxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crashes, network cuts and source restarts: the sync resumes without losing or doubling a change.
 */
@ExtendWith(MariaDbExtension.class)
class SyncRecoveryIT {

  @TempDir Path home;

  private static void createTables(Sandbox sandbox, String src, String tgt) {
    for (String t : new String[] {"w1", "w2"}) {
      sandbox
          .source()
          .execute(
              "CREATE TABLE `" + src + "`." + t + " (id INT PRIMARY KEY, n INT, s VARCHAR(20))");
      sandbox
          .target()
          .execute(
              "CREATE TABLE `" + tgt + "`." + t + " (id INT PRIMARY KEY, n INT, s VARCHAR(20))");
    }
  }

  /** Transactions of inserts, updates and deletes, {@code from} to {@code to} (exclusive). */
  private static void workload(MariaDbServer source, String src, int from, int to) {
    for (int i = from; i < to; i++) {
      String t = "`" + src + "`." + (i % 2 == 0 ? "w1" : "w2");
      source.execute(
          "BEGIN",
          "INSERT INTO " + t + " VALUES (" + i + ", 0, 'r" + i + "')",
          "UPDATE " + t + " SET n = n + 1 WHERE id IN (" + (i - 2) + ", " + (i - 4) + ")",
          "DELETE FROM " + t + " WHERE id = " + (i - 10) + " AND MOD(id, 3) = 0",
          "COMMIT");
    }
  }

  private static void assertEqual(Sandbox sandbox, String src, String tgt) {
    TableComparison.assertEqual(sandbox.source(), src, "w1", sandbox.target(), tgt, "w1");
    TableComparison.assertEqual(sandbox.source(), src, "w2", sandbox.target(), tgt, "w2");
  }

  @Test
  void killedDuringAWorkloadResumesInSafeModeAndEndsEqual(Sandbox sandbox) throws Exception {
    MariaDbServer source = sandbox.source();
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    createTables(sandbox, src, tgt);
    UUID task = UUID.randomUUID();
    BinlogPosition start = SyncRun.head(source);
    List<String> args =
        List.of(
            home.toString(),
            task.toString(),
            source.host(),
            Integer.toString(source.port()),
            sandbox.target().host(),
            Integer.toString(sandbox.target().port()),
            src,
            tgt,
            start.file(),
            Long.toString(start.position()));
    try (ChildJvm child = ChildJvm.start(SyncChildMain.class, args, Map.of(), Map.of())) {
      Thread.sleep(4000);
      AtomicBoolean done = new AtomicBoolean();
      Thread writer =
          new Thread(
              () -> {
                workload(source, src, 0, 1500);
                done.set(true);
              });
      writer.start();
      Thread.sleep(2500);
      assertThat(done).isFalse();
      child.kill9();
      writer.join();
      BinlogPosition head = SyncRun.head(source);
      // opened before the restart: this process serves the store and the child connects to it
      // (H2 AUTO_SERVER); opening it while the child starts can hit the child's half-taken lock
      try (StateStore store = StateStore.open(home)) {
        child.restart();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (store
            .checkpoints()
            .global(task, "src1")
            .map(p -> p.compareTo(head) < 0)
            .orElse(true)) {
          assertThat(System.nanoTime())
              .as("caught up in time; child output:\n" + child.output())
              .isLessThan(deadline);
          Thread.sleep(200);
        }
      }
      assertEqual(sandbox, src, tgt);
    }
  }

  @Test
  void networkCutAndSourceRestartReconnectWithoutLosingOrRepeating(Sandbox sandbox)
      throws Exception {
    MariaDbServer source = sandbox.source();
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    createTables(sandbox, src, tgt);
    UUID task = UUID.randomUUID();
    try (TcpProxy proxy = TcpProxy.to(source);
        SyncRun run =
            new SyncRun(
                home,
                task,
                source,
                proxy.host(),
                proxy.port(),
                sandbox.target(),
                src,
                tgt,
                SyncRun.options(4, 20),
                SyncRun.noFilters(),
                false,
                null)) {
      run.start();
      Thread.sleep(1500);
      workload(source, src, 0, 200);
      proxy.cut();
      workload(source, src, 200, 400);
      Thread.sleep(1500);
      proxy.restore();
      workload(source, src, 400, 600);
      run.awaitCaughtUp(Duration.ofSeconds(60));
      assertEqual(sandbox, src, tgt);
      assertThat(run.store.events().recent(task, 200))
          .as("the reconnect is in the task's event log, with its reason")
          .anySatisfy(
              e -> {
                assertThat(e.kind()).isEqualTo(EventKind.RETRY);
                assertThat(e.message())
                    .contains("src1: lost the binlog connection", "reconnecting at");
              });

      Thread writer = new Thread(() -> workload(source, src, 600, 900));
      writer.start();
      writer.join();
      source.restart();
      workload(source, src, 900, 1100);
      run.awaitCaughtUp(Duration.ofSeconds(90));
      assertEqual(sandbox, src, tgt);
    }
  }

  @Test
  void startsFromAMariaDbGtidAndResumesByGtid(Sandbox sandbox) throws Exception {
    MariaDbServer source = sandbox.source();
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    createTables(sandbox, src, tgt);
    workload(source, src, 0, 50); // before the start GTID: must not be applied
    workload(sandbox.target(), tgt, 0, 50); // the same rows, as a full copy would have left them
    String gtid = source.queryString("SELECT @@gtid_binlog_pos");
    UUID task = UUID.randomUUID();
    try (SyncRun run =
        new SyncRun(
            home,
            task,
            source,
            source.host(),
            source.port(),
            sandbox.target(),
            src,
            tgt,
            SyncRun.options(4, 20),
            SyncRun.noFilters(),
            true,
            new StartPosition(null, null, gtid))) {
      run.start();
      workload(source, src, 50, 200);
      run.awaitCaughtUp(Duration.ofSeconds(60));
      assertEqual(sandbox, src, tgt);
      assertThat(run.stop()).isNull();
      BinlogPosition saved = run.store.checkpoints().global(task, "src1").orElseThrow();
      assertThat(saved.gtidSet()).isEqualTo(source.queryString("SELECT @@gtid_binlog_pos"));
      workload(source, src, 200, 300);
      run.start();
      run.awaitCaughtUp(Duration.ofSeconds(60));
      assertEqual(sandbox, src, tgt);
    }
  }

  @Test
  void purgedBinlogEndsWithAClearNonRetryableError(Sandbox sandbox) throws Exception {
    MariaDbServer source = sandbox.source();
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    try (SyncRun run =
        new SyncRun(
            home,
            UUID.randomUUID(),
            source,
            source.host(),
            source.port(),
            sandbox.target(),
            src,
            tgt,
            SyncRun.options(1, 10),
            SyncRun.noFilters(),
            false,
            new StartPosition("mysql-bin.000000", 4L, null))) {
      run.start();
      Throwable failure = run.awaitFailure(Duration.ofSeconds(30));
      assertThat(failure).isInstanceOf(FerryException.class);
      FerryException f = (FerryException) failure;
      assertThat(f.code()).isEqualTo(ErrorCode.BINLOG_PURGED);
      assertThat(f.retryable()).isFalse();
      assertThat(f.getMessage()).contains("mysql-bin.000000:4");
      assertThat(f.suggestedAction()).contains("full copy");
    }
  }
}
