package dev.ferry.engine.sync;

import dev.ferry.testing.MariaDbExtension;
import dev.ferry.testing.MariaDbServer;
import dev.ferry.testing.Sandbox;
import dev.ferry.testing.TableComparison;
import dev.ferry.testing.TestServers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A by-hand catch-up measurement, not part of the build (see bench/sync/README.md). A backlog of
 * single-row write transactions (sysbench-like tables, half inserts, half updates by key) is
 * written while Ferry and a native MariaDB replica are stopped; then each is started alone and the
 * time to apply the backlog is measured. Round 1 compares Ferry with the replica at
 * slave_parallel_threads=0, round 2 (a new backlog) with 4 optimistic threads. Run with {@code mvn
 * verify -Dtest=none -Dit.test=SyncCatchUpBench [-Dbench.transactions=N -Dbench.workers=N]}.
 */
@ExtendWith(MariaDbExtension.class)
class SyncCatchUpBench {

  private static final int TRANSACTIONS = Integer.getInteger("bench.transactions", 20_000);
  private static final int WORKERS = Integer.getInteger("bench.workers", 16);

  @TempDir Path home;

  @Test
  void catchUpRate(Sandbox sandbox) throws Exception {
    MariaDbServer source = sandbox.source();
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    for (int t = 0; t < 8; t++) {
      String ddl = " (id INT PRIMARY KEY, k INT, c CHAR(120), pad CHAR(60), KEY (k))";
      source.execute("CREATE TABLE `" + src + "`.sbtest" + t + ddl);
      sandbox.target().execute("CREATE TABLE `" + tgt + "`.sbtest" + t + ddl);
    }
    MariaDbServer replica = TestServers.replicaOf(source, "bench-replica");
    // MariaDB 11.4 verifies the source's self-signed certificate by default; the harness does not
    // set this
    replica.execute(
        "STOP SLAVE", "CHANGE MASTER TO MASTER_SSL_VERIFY_SERVER_CERT = 0", "START SLAVE");
    waitForReplica(source, replica);
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
            SyncRun.options(WORKERS, 100),
            SyncRun.noFilters(),
            false,
            null)) {
      run.start();
      Thread.sleep(2000);
      for (int round = 0; round < 2; round++) {
        run.stop();
        replica.execute(
            "STOP SLAVE",
            "SET GLOBAL slave_parallel_mode = 'optimistic'",
            "SET GLOBAL slave_parallel_threads = " + (round == 0 ? 0 : 4));
        backlog(source, src, round * TRANSACTIONS);
        long t0 = System.nanoTime();
        run.start();
        run.awaitCaughtUp(Duration.ofMinutes(10));
        report("Ferry, worker-count=" + WORKERS, t0);
        t0 = System.nanoTime();
        replica.execute("START SLAVE");
        waitForReplica(source, replica);
        report("native replica, slave_parallel_threads=" + (round == 0 ? 0 : 4), t0);
      }
      for (int t = 0; t < 8; t++) {
        TableComparison.assertEqual(source, src, "sbtest" + t, sandbox.target(), tgt, "sbtest" + t);
      }
    }
  }

  private static void report(String who, long startNanos) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    System.err.printf(
        "BENCH %s: %d transactions in %.2f s = %.0f transactions/s%n",
        who, TRANSACTIONS, seconds, TRANSACTIONS / seconds);
  }

  private static void backlog(MariaDbServer source, String src, int offset) throws SQLException {
    try (Connection c = source.connect()) {
      for (int i = offset; i < offset + TRANSACTIONS; i++) {
        String table = "`" + src + "`.sbtest" + (i % 8);
        if (i % 2 == 0) {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO " + table + " VALUES (?, ?, REPEAT('c', 120), 'p')")) {
            ps.setInt(1, i / 2);
            ps.setInt(2, i);
            ps.executeUpdate();
          }
        } else {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE " + table + " SET k = k + 1 WHERE id = ?")) {
            ps.setInt(1, i / 2 - 8);
            ps.executeUpdate();
          }
        }
      }
    }
  }

  private static void waitForReplica(MariaDbServer source, MariaDbServer replica)
      throws InterruptedException {
    String want = source.queryString("SELECT @@gtid_binlog_pos");
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (!want.equals(replica.queryString("SELECT @@gtid_slave_pos"))
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }
}
