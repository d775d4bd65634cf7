package dev.ferry.testing;

import dev.ferry.domain.BinlogPosition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A heavy write workload on a source database, for crash tests of the sync: several writer threads,
 * each committing small transactions that insert, update (single rows and ranges) and delete on
 * several tables: {@code accounts} (INT key), {@code ledger} (BIGINT AUTO_INCREMENT key, TEXT and
 * DATETIME(6) columns) and {@code tags} (no primary key, a unique key over two columns). Deadlocks
 * between the writers are rolled back and the writer goes on; any other failure stops the workload
 * and is re-thrown by {@link #close()}.
 */
public final class SourceWorkload implements AutoCloseable {

  /** The tables {@link #createTables} makes. */
  public static final List<String> TABLES = List.of("accounts", "ledger", "tags");

  private final MariaDbServer server;
  private final String db;
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicLong commits = new AtomicLong();
  private final AtomicInteger nextAccount;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final List<Thread> writers = new ArrayList<>();

  private SourceWorkload(MariaDbServer server, String db, int accounts) {
    this.server = server;
    this.db = db;
    this.nextAccount = new AtomicInteger(accounts + 1);
  }

  /** Creates the tables in {@code db} with {@code accounts} accounts and their rows. */
  public static void createTables(MariaDbServer server, String db, int accounts) {
    server.execute(
        "CREATE TABLE "
            + db
            + ".accounts (id INT PRIMARY KEY, owner VARCHAR(60) NOT NULL,"
            + " balance DECIMAL(14,2) NOT NULL, note VARCHAR(200) NULL, changed DATETIME(6) NOT NULL)",
        "CREATE TABLE "
            + db
            + ".ledger (id BIGINT AUTO_INCREMENT PRIMARY KEY, account_id INT NOT NULL,"
            + " amount DECIMAL(12,2) NOT NULL, memo TEXT, at DATETIME(6) NOT NULL, KEY k_account (account_id))",
        "CREATE TABLE "
            + db
            + ".tags (account_id INT NOT NULL, tag VARCHAR(30) NOT NULL,"
            + " weight INT NOT NULL, UNIQUE KEY uq_account_tag (account_id, tag))",
        "INSERT INTO "
            + db
            + ".accounts SELECT seq, CONCAT('owner ', seq, ' ü€'), seq * 3.5,"
            + " IF(seq % 3 = 0, NULL, REPEAT('n', seq % 50)),"
            + " '2024-01-01 00:00:00' + INTERVAL seq SECOND FROM "
            + db
            + ".seq_1_to_"
            + accounts,
        "INSERT INTO "
            + db
            + ".ledger (account_id, amount, memo, at) SELECT seq, seq / 4,"
            + " REPEAT('memo ', seq % 20), '2024-02-01 00:00:00.5' + INTERVAL seq SECOND FROM "
            + db
            + ".seq_1_to_"
            + accounts,
        "INSERT INTO "
            + db
            + ".tags SELECT seq, CONCAT('t', seq % 7), seq % 100 FROM "
            + db
            + ".seq_1_to_"
            + accounts,
        "ANALYZE TABLE " + db + ".accounts, " + db + ".ledger, " + db + ".tags");
  }

  /**
   * Starts {@code threads} writers on the tables {@link #createTables} made with {@code accounts}.
   */
  public static SourceWorkload start(MariaDbServer server, String db, int accounts, int threads) {
    SourceWorkload w = new SourceWorkload(server, db, accounts);
    for (int i = 1; i <= threads; i++) {
      Thread t = new Thread(w::write, "source-writer-" + i);
      t.setDaemon(true);
      w.writers.add(t);
      t.start();
    }
    return w;
  }

  /** Transactions committed so far. */
  public long commits() {
    return commits.get();
  }

  /** True while every writer runs without an unexpected failure. */
  public boolean healthy() {
    return failure.get() == null;
  }

  /** Stops the writers, waits for them, and re-throws the first unexpected failure. */
  @Override
  public void close() throws InterruptedException {
    running.set(false);
    for (Thread t : writers) {
      t.join(60_000);
    }
    Throwable f = failure.get();
    if (f != null) {
      throw new AssertionError("the source workload failed: " + f, f);
    }
  }

  private void write() {
    while (running.get()) {
      try (Connection c = server.connect(db)) {
        c.setAutoCommit(false);
        while (running.get()) {
          try {
            transaction(c);
            c.commit();
            commits.incrementAndGet();
          } catch (SQLException e) {
            c.rollback();
            if (e.getErrorCode() != 1213 && e.getErrorCode() != 1205) { // deadlock, lock wait
              throw e;
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        failure.compareAndSet(null, e);
        running.set(false);
      }
    }
  }

  private void transaction(Connection c) throws SQLException {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    int statements = 1 + r.nextInt(5);
    for (int i = 0; i < statements; i++) {
      int known = nextAccount.get() - 1;
      int some = 1 + r.nextInt(known);
      switch (r.nextInt(9)) {
        case 0, 1 -> {
          int id = nextAccount.getAndIncrement();
          update(
              c,
              "INSERT INTO accounts VALUES (?, CONCAT('new owner ', ?), 10.25, NULL, NOW(6))",
              id,
              id);
          update(c, "INSERT INTO tags VALUES (?, 'fresh', 1)", id);
        }
        case 2 ->
            update(
                c,
                "UPDATE accounts SET balance = balance + 1.5, changed = NOW(6) WHERE id = ?",
                some);
        case 3 ->
            update(
                c,
                "UPDATE accounts SET note = CONCAT('range ', id) WHERE id BETWEEN ? AND ? + 40",
                some,
                some);
        case 4 -> update(c, "DELETE FROM accounts WHERE id = ?", some);
        case 5 ->
            update(
                c,
                "INSERT INTO ledger (account_id, amount, memo, at) VALUES (?, 2.75, REPEAT('x', ?), NOW(6))",
                some,
                r.nextInt(500));
        case 6 -> update(c, "DELETE FROM ledger WHERE account_id = ?", some);
        case 7 ->
            update(
                c,
                "INSERT INTO tags VALUES (?, ?, 1) ON DUPLICATE KEY UPDATE weight = weight + 1",
                some,
                "t" + r.nextInt(9));
        default ->
            update(
                c, "DELETE FROM tags WHERE account_id = ? AND tag = ?", some, "t" + r.nextInt(9));
      }
    }
  }

  private static void update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }

  /** The source's binlog head (file and position) now. */
  public static BinlogPosition binlogHead(MariaDbServer server) {
    try (Connection c = server.connect();
        Statement s = c.createStatement();
        var rs = s.executeQuery("SHOW MASTER STATUS")) {
      return rs.next() ? BinlogPosition.of(rs.getString(1), rs.getLong(2)) : null;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the binlog head: " + e.getMessage(), e);
    }
  }
}
