package dev.ferry.store;

import dev.ferry.config.FerryHome;
import dev.ferry.config.FerryVersion;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ferry's state store: one embedded H2 database in {@code $FERRY_HOME/store/}, shared by every
 * Ferry process of the user (the window and the command line may run at the same time; see
 * docs/decisions/0003-state-store.md for the H2 mode). Opening it creates or upgrades the schema
 * and refuses a store written by a newer Ferry.
 *
 * <p>Each call on the stores ({@link #tasks()}, {@link #checkpoints()}, ...) is a transaction of
 * its own; {@link #inTransaction} groups several writes into one. Committed writes survive {@code
 * kill -9}. Thread-safe; close it when the process is done with it.
 */
public final class StateStore implements Stores, AutoCloseable {

  /** The database's name inside the store directory ({@code ferry.mv.db}). */
  static final String DATABASE_NAME = "ferry";

  private static final Logger LOG = LoggerFactory.getLogger(StateStore.class);
  private static final String USER = "ferry";
  private static final String PASSWORD = "";
  private static final int MAX_CONNECTIONS = 16;
  private static final Object MIGRATION_MONITOR = new Object();

  private final Path home;
  private final Path databaseFile;
  private final JdbcConnectionPool pool;
  private final Clock clock;
  private final PooledSql pooled;
  private final StoreTransaction autoCommitted;
  private final int schemaVersion;
  private volatile boolean closed;

  private StateStore(
      Path home, Path databaseFile, JdbcConnectionPool pool, Clock clock, int version) {
    this.home = home;
    this.databaseFile = databaseFile;
    this.pool = pool;
    this.clock = clock;
    this.schemaVersion = version;
    this.pooled = new PooledSql(pool, clock);
    // The same stores as in a transaction, but each call commits on its own.
    this.autoCommitted = new StoreTransaction(pooled);
  }

  /** Opens the store in {@link FerryHome#directory()}. */
  public static StateStore open() {
    return open(FerryHome.directory());
  }

  /** Opens (creating or upgrading) the store in {@code ferryHome}. */
  public static StateStore open(Path ferryHome) {
    return open(ferryHome, Clock.systemUTC());
  }

  /** Opens the store in {@code ferryHome}, timestamping with {@code clock} (tests). */
  public static StateStore open(Path ferryHome, Clock clock) {
    Path home = ferryHome.toAbsolutePath();
    Path storeDir = home.resolve("store");
    Path databaseFile = storeDir.resolve(DATABASE_NAME + ".mv.db");
    try {
      Files.createDirectories(storeDir);
    } catch (IOException e) {
      throw logged(new StoreException("Cannot create the state store directory " + storeDir, e));
    }
    JdbcConnectionPool pool = JdbcConnectionPool.create(url(storeDir), USER, PASSWORD);
    pool.setMaxConnections(MAX_CONNECTIONS);
    try {
      int version = migrate(pool, storeDir, databaseFile, clock);
      LOG.info("Opened the state store {} (schema version {})", databaseFile, version);
      return new StateStore(home, databaseFile, pool, clock, version);
    } catch (StoreException e) {
      pool.dispose();
      throw logged(e);
    } catch (SQLException e) {
      pool.dispose();
      throw logged(openFailure(databaseFile, e));
    } catch (RuntimeException e) {
      pool.dispose();
      throw logged(new StoreException("The state store " + databaseFile + " cannot be opened", e));
    }
  }

  /**
   * The JDBC URL. {@code AUTO_SERVER}: the first process opens the file and serves it to the others
   * over a loopback socket; when it exits another takes over. {@code async:} keeps the file open
   * when a thread using the store is interrupted. {@code WRITE_DELAY=0} writes every commit to the
   * file before the commit returns, so a killed process loses nothing it committed.
   */
  static String url(Path storeDir) {
    return "jdbc:h2:async:"
        + storeDir.resolve(DATABASE_NAME)
        + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=10000"
        + ";TRACE_LEVEL_FILE=4";
  }

  private static int migrate(JdbcConnectionPool pool, Path storeDir, Path databaseFile, Clock clock)
      throws SQLException {
    // One migration at a time: across processes by a file lock, inside this JVM by a monitor
    // (a JVM cannot hold the same file lock twice).
    synchronized (MIGRATION_MONITOR) {
      try (FileChannel channel =
              FileChannel.open(
                  storeDir.resolve("migration.lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          Connection connection = pool.getConnection()) {
        FileLock lock = channel.lock();
        try {
          Migrations.migrate(connection, databaseFile, FerryVersion.version(), clock.instant());
          return Migrations.currentVersion(connection);
        } finally {
          lock.release();
        }
      } catch (IOException e) {
        throw new StoreException("Cannot lock the state store " + storeDir + " to upgrade it", e);
      }
    }
  }

  private static StoreException openFailure(Path databaseFile, SQLException e) {
    String reason =
        switch (e.getErrorCode()) {
          case ErrorCode.FILE_CORRUPTED_1 ->
              " is damaged. Move the file aside to start with an empty store"
                  + " (the state of its tasks is then lost).";
          case ErrorCode.FILE_VERSION_ERROR_1 ->
              " was written in a format this Ferry cannot read. Upgrade Ferry.";
          case ErrorCode.WRONG_USER_OR_PASSWORD ->
              " belongs to another program (its user is not Ferry's).";
          default -> " cannot be opened: " + e.getMessage();
        };
    return new StoreException("The state store " + databaseFile + reason, e);
  }

  private static StoreException logged(StoreException e) {
    if (!e.isLogged()) {
      LOG.error("State store failure", e);
      e.markLogged();
    }
    return e;
  }

  /**
   * Runs {@code work} in one transaction: all its writes are committed together when it returns,
   * none if it throws. On a conflict with a concurrent transaction it may run again from the start,
   * so it must not have effects outside the store.
   */
  public void inTransaction(Consumer<StoreTransaction> work) {
    callInTransaction(
        tx -> {
          work.accept(tx);
          return null;
        });
  }

  /** Like {@link #inTransaction(Consumer)}, returning what {@code work} returns. */
  public <T> T callInTransaction(Function<StoreTransaction, T> work) {
    Objects.requireNonNull(work, "work");
    checkOpen();
    return pooled.call(
        "complete a state store transaction",
        connection -> work.apply(new StoreTransaction(new Sql.BoundSql(connection, clock))));
  }

  /**
   * Takes the run lock of a task for this process, released by {@link TaskLock#close()} or when the
   * process ends in any way.
   *
   * @throws TaskLockedException when another process (or another caller in this one) holds it
   */
  public TaskLock lockTask(UUID taskId, String taskName) {
    return TaskLock.acquire(home.resolve("locks"), taskId, taskName);
  }

  /** The schema version of the open store. */
  public int schemaVersion() {
    return schemaVersion;
  }

  /** The database file ({@code $FERRY_HOME/store/ferry.mv.db}). */
  public Path databaseFile() {
    return databaseFile;
  }

  @Override
  public TaskStore tasks() {
    checkOpen();
    return autoCommitted.tasks();
  }

  @Override
  public CheckpointStore checkpoints() {
    checkOpen();
    return autoCommitted.checkpoints();
  }

  @Override
  public ChunkStore chunks() {
    checkOpen();
    return autoCommitted.chunks();
  }

  @Override
  public ProgressStore progress() {
    checkOpen();
    return autoCommitted.progress();
  }

  @Override
  public SchemaStore schemas() {
    checkOpen();
    return autoCommitted.schemas();
  }

  @Override
  public EventLog events() {
    checkOpen();
    return autoCommitted.events();
  }

  @Override
  public ErrorStore errors() {
    checkOpen();
    return autoCommitted.errors();
  }

  @Override
  public DdlDecisionStore ddlDecisions() {
    checkOpen();
    return autoCommitted.ddlDecisions();
  }

  /** A raw connection for this package's tests. */
  Connection connection() throws SQLException {
    return pool.getConnection();
  }

  private void checkOpen() {
    if (closed) {
      throw new StoreException("The state store " + databaseFile + " is closed");
    }
  }

  /** Closes the connections; the database closes with the last one of this process. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      pool.dispose();
      LOG.info("Closed the state store {}", databaseFile);
    }
  }
}
