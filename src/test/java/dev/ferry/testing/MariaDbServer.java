package dev.ferry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One real MariaDB server process on a free loopback port, with its own data directory. Started by
 * {@link TestServers}; tests reach it over TCP as {@code root} (empty password) at 127.0.0.1.
 */
public final class MariaDbServer {

  /** How a server is started. {@code binlog} turns on a ROW, FULL-image binary log. */
  public record Options(String name, int serverId, boolean binlog, List<String> extraArgs) {
    public static Options source(String name, int serverId) {
      return new Options(name, serverId, true, List.of());
    }

    public static Options target(String name, int serverId) {
      return new Options(name, serverId, false, List.of());
    }

    public Options withArgs(String... args) {
      List<String> all = new ArrayList<>(extraArgs);
      all.addAll(List.of(args));
      return new Options(name, serverId, binlog, List.copyOf(all));
    }
  }

  public static final String USER = "root";
  public static final String PASSWORD = "";

  private final MariaDbBinaries binaries;
  private final Options options;
  private final Path dir;
  private final int port;
  private Process process;

  MariaDbServer(MariaDbBinaries binaries, Options options, Path dir) {
    this.binaries = binaries;
    this.options = options;
    this.dir = dir;
    this.port = freePort();
  }

  public String name() {
    return options.name();
  }

  public String host() {
    return "127.0.0.1";
  }

  public int port() {
    return port;
  }

  public int serverId() {
    return options.serverId();
  }

  public Path directory() {
    return dir;
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  /** A JDBC URL for {@code database} (may be empty), with the session time zone pinned to UTC. */
  public String jdbcUrl(String database) {
    return "jdbc:mysql://"
        + host()
        + ":"
        + port
        + "/"
        + (database == null ? "" : database)
        + "?sslMode=DISABLED&allowPublicKeyRetrieval=true&connectionTimeZone=UTC"
        + "&forceConnectionTimeZoneToSession=true&allowLoadLocalInfile=true"
        + "&connectTimeout=10000&characterEncoding=utf8";
  }

  public Connection connect() throws SQLException {
    return connect("");
  }

  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
  }

  /** Runs statements in order on one connection. */
  public void execute(String... sql) {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      for (String statement : sql) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("SQL failed on " + name() + ": " + e.getMessage(), e);
    }
  }

  /** The first column of the first row, or null. */
  public String queryString(String sql) {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException("SQL failed on " + name() + ": " + e.getMessage(), e);
    }
  }

  synchronized void start() {
    if (isRunning()) {
      return;
    }
    try {
      Path data = dir.resolve("data");
      if (!Files.isDirectory(data.resolve("mysql"))) {
        installDataDirectory(data);
      }
      Files.writeString(
          dir.resolve("init.sql"),
          "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '';\n"
              + "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;\n",
          StandardCharsets.UTF_8);
      List<String> command = new ArrayList<>();
      command.add(binaries.server().toString());
      command.add("--no-defaults");
      command.add("--basedir=" + binaries.baseDir());
      command.add("--datadir=" + data);
      command.add("--port=" + port);
      command.add("--bind-address=127.0.0.1");
      command.add("--socket=" + dir.resolve("mysqld.sock"));
      command.add("--pid-file=" + dir.resolve("mariadbd.pid"));
      // its own temp dir: nothing another process does to /tmp can break a test server
      command.add("--tmpdir=" + Files.createDirectories(dir.resolve("tmp")));
      command.add("--server-id=" + options.serverId());
      command.add("--skip-name-resolve");
      command.add("--init-file=" + dir.resolve("init.sql"));
      command.add("--innodb-buffer-pool-size=128M");
      command.add("--innodb-log-file-size=48M");
      command.add("--innodb-flush-log-at-trx-commit=2");
      command.add("--max-connections=500");
      command.add("--character-set-server=utf8mb4");
      command.add("--collation-server=utf8mb4_general_ci");
      if (options.binlog()) {
        command.add("--log-bin=" + dir.resolve("binlog/mysql-bin"));
        command.add("--binlog-format=ROW");
        command.add("--binlog-row-image=FULL");
        command.add("--log-slave-updates=ON");
        command.add("--sync-binlog=0");
        Files.createDirectories(dir.resolve("binlog"));
      }
      if (isRoot()) {
        command.add("--user=root");
      }
      command.addAll(options.extraArgs());
      process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()))
              .start();
      Files.writeString(dir.resolve("process.pid"), Long.toString(process.pid()));
      awaitReady(Duration.ofSeconds(90));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start MariaDB server " + name(), e);
    }
  }

  /** Stops the server cleanly (SIGTERM), waiting for it to finish. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    process = null;
  }

  /** Kills the server with SIGKILL, as a crash would. */
  public synchronized void kill() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /** Stops and starts again on the same port and data directory. */
  public synchronized void restart() {
    stop();
    start();
  }

  private void installDataDirectory(Path data) throws IOException {
    Files.createDirectories(data);
    List<String> command = new ArrayList<>();
    command.add(binaries.installDb().toString());
    command.add("--no-defaults");
    command.add("--basedir=" + binaries.baseDir());
    command.add("--datadir=" + data);
    command.add("--auth-root-authentication-method=normal");
    command.add("--skip-test-db");
    command.add("--skip-name-resolve");
    if (isRoot()) {
      command.add("--user=root");
    }
    Path log = dir.resolve("install-db.log");
    Process install =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      if (!install.waitFor(120, TimeUnit.SECONDS) || install.exitValue() != 0) {
        install.destroyForcibly();
        throw new IllegalStateException(
            "mariadb-install-db failed for " + name() + ":\n" + tail(log));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while installing " + name(), e);
    }
  }

  private void awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    SQLException last = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "MariaDB server " + name() + " exited at start:\n" + tail(dir.resolve("server.log")));
      }
      try (Connection c = connect()) {
        return;
      } catch (SQLException e) {
        last = e;
      }
      sleep(200);
    }
    throw new IllegalStateException(
        "MariaDB server " + name() + " not ready after " + timeout + ": " + last, last);
  }

  static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
