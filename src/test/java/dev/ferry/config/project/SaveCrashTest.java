package dev.ferry.config.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ferry.config.project.Fixtures.Snapshot;
import dev.ferry.testing.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM killed with SIGKILL in the middle of a save leaves the previous file intact. */
class SaveCrashTest {

  @TempDir Path dir;

  @Test
  void aProcessKilledMidSaveLeavesThePreviousFileIntact() throws IOException {
    Path file = dir.resolve("shop.ferry");
    ProjectFiles files = new ProjectFiles(Fixtures.CLOCK, dev.ferry.config.AtomicFiles.FULL_WRITE);
    files.save(Fixtures.fullProject(), file);
    Snapshot before = Snapshot.of(file);

    Path halfWritten = dir.resolve("half-written");
    try (ChildJvm child =
        ChildJvm.start(
            HalfSaveMain.class,
            List.of(file.toString(), halfWritten.toString()),
            Map.of("ferry.home", dir.resolve("home").toString()),
            Map.of())) {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> Files.exists(halfWritten) || !child.isAlive());
      assertThat(halfWritten).as("child output: %s", child.output()).exists();
      child.kill9();
    }

    assertThat(Snapshot.of(file).sameAs(before)).isTrue();
    assertThat(files.open(file).task().name()).isEqualTo("shop-to-tidb");
    List<Path> leftovers = temporaryFiles();
    assertThat(leftovers).as("the half-written temporary file the crash left").hasSize(1);
    assertThat(Files.size(leftovers.get(0))).isLessThan(Files.size(file));

    files.save(
        Fixtures.fullProject().withTask(ProjectFilesTest.withName(Fixtures.fullTask(), "after")),
        file);
    assertThat(files.open(file).task().name()).isEqualTo("after");
  }

  private List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> paths = Files.list(dir)) {
      return paths.filter(p -> p.getFileName().toString().startsWith(".shop.ferry.")).toList();
    }
  }
}
