package dev.ferry.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

  @TempDir Path dir;

  @Test
  void listsEveryScriptOfTheDbDirectoryInVersionOrder() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db"))) {
      List<String> scripts =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".sql"))
              .sorted()
              .toList();
      assertThat(Migrations.SCRIPTS).containsExactlyInAnyOrderElementsOf(scripts);
    }
    List<Integer> versions = Migrations.SCRIPTS.stream().map(Migrations::versionOf).toList();
    assertThat(versions).isSorted().doesNotHaveDuplicates();
    assertThat(versions.get(0)).isEqualTo(1);
  }

  @Test
  void splitsAScriptIntoStatements() {
    String script =
        "-- comment; with a semicolon\n"
            + "CREATE TABLE a (\n  id INT\n);\n\n"
            + "CREATE INDEX IF NOT EXISTS i ON a (id);\n";
    assertThat(Migrations.statements(script))
        .containsExactly("CREATE TABLE a (\n  id INT\n)", "CREATE INDEX IF NOT EXISTS i ON a (id)");
  }

  @Test
  void everyScriptCanRunAgainAfterBeingCutOff() throws SQLException {
    // A crash during a migration leaves part of a script applied; the next open runs it again.
    try (Connection c = DriverManager.getConnection("jdbc:h2:" + dir.resolve("db"), "ferry", "")) {
      Instant now = Instant.now();
      Migrations.migrate(c, dir, "test", now);
      c.createStatement().execute("DELETE FROM schema_version");
      Migrations.migrate(c, dir, "test", now);
      assertThat(Migrations.currentVersion(c)).isEqualTo(Migrations.latestVersion());
    }
  }
}
