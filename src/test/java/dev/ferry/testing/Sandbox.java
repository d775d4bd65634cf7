package dev.ferry.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one test gets from {@link MariaDbExtension}: the shared servers and databases of its own,
 * with unique names, dropped after the test.
 */
public final class Sandbox {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private record Created(MariaDbServer server, String database) {}

  private final String prefix;
  private final List<Created> created = new ArrayList<>();

  Sandbox(String testName) {
    String clean = testName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    this.prefix = "t" + COUNTER.incrementAndGet() + "_" + clean.substring(0, Math.min(24, clean.length()));
  }

  public MariaDbServer source() {
    return TestServers.source();
  }

  public MariaDbServer target() {
    return TestServers.target();
  }

  /** Creates a new, empty database with a unique name on {@code server} and returns its name. */
  public synchronized String newDatabase(MariaDbServer server, String hint) {
    String name = (prefix + "_" + hint).replaceAll("[^A-Za-z0-9_]", "_");
    if (name.length() > 64) {
      name = name.substring(0, 64);
    }
    server.execute(
        "DROP DATABASE IF EXISTS `" + name + "`",
        "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4");
    created.add(new Created(server, name));
    return name;
  }

  /** A new database on the source. */
  public String sourceDatabase() {
    return newDatabase(source(), "src");
  }

  /** A new database on the target. */
  public String targetDatabase() {
    return newDatabase(target(), "tgt");
  }

  synchronized void cleanUp() {
    for (Created c : created) {
      if (c.server().isRunning()) {
        c.server().execute("DROP DATABASE IF EXISTS `" + c.database() + "`");
      }
    }
    created.clear();
  }
}
