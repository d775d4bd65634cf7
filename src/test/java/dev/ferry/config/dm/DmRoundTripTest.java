package dev.ferry.config.dm;

import static dev.ferry.config.dm.DmFixtures.importDir;
import static dev.ferry.config.dm.DmFixtures.importFixture;
import static dev.ferry.config.dm.DmFixtures.withoutPlainPasswords;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.TaskConfig;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** import → export → import gives an equal model. */
class DmRoundTripTest {

  @TempDir Path dir;

  private TaskConfig exportAndReimport(TaskConfig task) throws IOException {
    DmExport.write(task, dir);
    DmImportResult again = importDir(dir);
    assertThat(again.hasErrors()).as("%s", again.problems()).isFalse();
    return again.task();
  }

  @Test
  void envSecretFixtureRoundTripsToAnEqualModel() throws IOException {
    DmImportResult first = importFixture("roundtrip");
    // the fixture's shard-mode is kept, with the warning that Ferry does not coordinate shard DDL
    assertThat(first.problems()).extracting(p -> p.path()).containsExactly("task.yaml:shard-mode");

    TaskConfig second = exportAndReimport(first.task());

    assertThat(second).isEqualTo(first.task());
    assertThat(importDir(dir).problems()).extracting(p -> p.path()).containsExactly("task.yaml:shard-mode");
  }

  /**
   * PLAIN passwords are never exported, so they come back as ASK; everything else is equal. The
   * DM-only keys these files carry (relay, validators, physical import, ...) are not part of the
   * model and so are not compared.
   */
  @ParameterizedTest
  @ValueSource(strings = {"full", "basic"})
  void docsFixturesRoundTripExceptPlainPasswords(String fixture) throws IOException {
    TaskConfig first = importFixture(fixture).task();

    TaskConfig second = exportAndReimport(first);

    assertThat(second).isEqualTo(withoutPlainPasswords(first));
  }

  @Test
  void exportIsStable() throws IOException {
    TaskConfig task = importFixture("roundtrip").task();
    assertThat(DmExport.render(exportAndReimport(task))).isEqualTo(DmExport.render(task));
  }
}
