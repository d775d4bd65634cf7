package dev.ferry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The MariaDB servers of one test JVM: started on first use, shared by every test, stopped when the
 * JVM exits. Each lives in {@code target/mariadb/<name>-<jvm pid>}. Servers left behind by a JVM
 * that died are killed and removed the next time.
 */
public final class TestServers {

  public static final String SOURCE = "source";
  public static final String TARGET = "target";
  public static final String SOURCE2 = "source2";

  private static final Map<String, MariaDbServer> SERVERS = new LinkedHashMap<>();
  private static MariaDbBinaries binaries;
  private static int nextServerId = 101;

  static {
    Runtime.getRuntime()
        .addShutdownHook(new Thread(TestServers::stopAll, "ferry-test-servers-shutdown"));
  }

  private TestServers() {}

  /** The source: binlog on, ROW format, FULL row image, its own server id; GTID always usable. */
  public static MariaDbServer source() {
    return server(SOURCE, true);
  }

  /** The target: no binlog. */
  public static MariaDbServer target() {
    return server(TARGET, false);
  }

  /** A second source, for multi-source and shard-merge tests. */
  public static MariaDbServer secondSource() {
    return server(SOURCE2, true);
  }

  /** A server started with the given options (unique name), e.g. with extra server arguments. */
  public static synchronized MariaDbServer start(MariaDbServer.Options options) {
    MariaDbServer existing = SERVERS.get(options.name());
    if (existing != null) {
      existing.start();
      return existing;
    }
    MariaDbServer server = new MariaDbServer(binaries(), options, serverDir(options.name()));
    SERVERS.put(options.name(), server);
    server.start();
    return server;
  }

  /**
   * A replica of {@code primary} using MariaDB's GTID replication ({@code MASTER_USE_GTID =
   * slave_pos}), with its own binlog so that it can take over as a source in fail-over tests.
   */
  public static synchronized MariaDbServer replicaOf(MariaDbServer primary, String name) {
    MariaDbServer replica = start(MariaDbServer.Options.source(name, allocateServerId()));
    replica.execute(
        "STOP SLAVE",
        "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT="
            + primary.port()
            + ", MASTER_USER='root', MASTER_PASSWORD='', MASTER_USE_GTID=slave_pos",
        "START SLAVE");
    return replica;
  }

  public static synchronized Optional<MariaDbServer> running(String name) {
    return Optional.ofNullable(SERVERS.get(name)).filter(MariaDbServer::isRunning);
  }

  private static synchronized MariaDbServer server(String name, boolean binlog) {
    MariaDbServer existing = SERVERS.get(name);
    if (existing != null) {
      if (!existing.isRunning()) {
        existing.start();
      }
      return existing;
    }
    int id = allocateServerId();
    return start(
        binlog ? MariaDbServer.Options.source(name, id) : MariaDbServer.Options.target(name, id));
  }

  static synchronized int allocateServerId() {
    return nextServerId++;
  }

  private static synchronized MariaDbBinaries binaries() {
    if (binaries == null) {
      cleanUpStaleServers();
      binaries = MariaDbBinaries.locate(workDir());
    }
    return binaries;
  }

  /** The build directory ({@code target/}), where servers and unpacked binaries live. */
  public static Path workDir() {
    return Path.of(System.getProperty("ferry.test.dir", "target")).toAbsolutePath();
  }

  private static Path serverDir(String name) {
    Path dir = workDir().resolve("mariadb").resolve(name + "-" + ProcessHandle.current().pid());
    try {
      MariaDbBinaries.deleteTree(dir);
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kills servers whose owning test JVM (named in the directory) no longer runs. */
  private static void cleanUpStaleServers() {
    Path root = workDir().resolve("mariadb");
    if (!Files.isDirectory(root)) {
      return;
    }
    try (var dirs = Files.list(root)) {
      for (Path dir : dirs.toList()) {
        String name = dir.getFileName().toString();
        int dash = name.lastIndexOf('-');
        if (dash < 0) {
          continue;
        }
        long owner;
        try {
          owner = Long.parseLong(name.substring(dash + 1));
        } catch (NumberFormatException e) {
          continue;
        }
        if (ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
          continue;
        }
        Path pidFile = dir.resolve("process.pid");
        if (Files.exists(pidFile)) {
          long serverPid = Long.parseLong(Files.readString(pidFile).trim());
          ProcessHandle.of(serverPid)
              .filter(p -> p.info().command().map(c -> c.contains("mariadbd")).orElse(false))
              .ifPresent(ProcessHandle::destroyForcibly);
        }
        MariaDbBinaries.deleteTree(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clean up old test servers in " + root, e);
    }
  }

  private static synchronized void stopAll() {
    SERVERS.values().forEach(MariaDbServer::stop);
  }
}
