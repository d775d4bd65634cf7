package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ferry.config.project.Project;
import dev.ferry.config.project.ProjectFiles;
import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.Stage;
import dev.ferry.domain.TaskMode;
import dev.ferry.store.StateStore;
import dev.ferry.testing.ChildJvm;
import dev.ferry.testing.MariaDbExtension;
import dev.ferry.testing.Sandbox;
import dev.ferry.testing.SourceWorkload;
import dev.ferry.testing.TableComparison;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ferry run} of an {@code all} task killed with SIGKILL during the sync while several
 * writers keep changing several source tables: {@code ferry run --until-synced} afterwards replays
 * from the last flushed checkpoint and the target ends equal to the source row by row, with no
 * duplicates (row counts and every row compared, a table without primary key included).
 */
@ExtendWith(MariaDbExtension.class)
class CliSyncCrashIT {

  private static final int ACCOUNTS = 20_000;
  private static final int WRITERS = 4;

  @Test
  void aRunKilledDuringTheSyncUnderHeavyWritesResumesAndEndsEqualRowByRow(
      Sandbox sandbox, @TempDir Path dir) throws Exception {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.newDatabase(sandbox.target(), "crash");
    sandbox.target().execute("DROP DATABASE " + tgt); // Ferry creates it
    SourceWorkload.createTables(sandbox.source(), src, ACCOUNTS);
    Project project = CliFixture.project(sandbox, src, tgt, 2000, TaskMode.ALL);
    Path file = dir.resolve("crash.ferry");
    new ProjectFiles().save(project, file);
    Path home = dir.resolve("home");

    try (SourceWorkload writes = SourceWorkload.start(sandbox.source(), src, ACCOUNTS, WRITERS)) {
      try (ChildJvm run = CliFixture.ferry(home, file, "", "run");
          StateStore store = StateStore.open(home)) {
        Runnable alive =
            () -> {
              if (!run.isAlive()) {
                throw new AssertionError("the run ended before the kill:\n" + run.output());
              }
              if (!writes.healthy()) {
                throw new AssertionError("the source workload stopped");
              }
            };
        await()
            .atMost(Duration.ofMinutes(4))
            .pollInterval(Duration.ofMillis(200))
            .failFast(alive::run)
            .until(
                () ->
                    store
                        .tasks()
                        .find(project.id())
                        .map(t -> t.stage() == Stage.SYNCING)
                        .orElse(false));
        BinlogPosition syncStart =
            await()
                .atMost(Duration.ofMinutes(1))
                .failFast(alive::run)
                .until(() -> store.checkpoints().global(project.id(), "s1"), Optional::isPresent)
                .get();
        // the sync is mid-stream: it flushed a checkpoint past where it began (the writers never
        // pause), so the kill lands between two flushes with applied but unflushed transactions
        BinlogPosition flushed =
            await()
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .failFast(alive::run)
                .until(
                    () -> store.checkpoints().global(project.id(), "s1").orElseThrow(),
                    p -> p.compareTo(syncStart) > 0);
        long commitsAtKill = writes.commits();
        assertThat(run.kill9()).isEqualTo(137);
        assertThat(store.tasks().get(project.id()).stage())
            .as("killed during the sync")
            .isEqualTo(Stage.SYNCING);
        assertThat(store.checkpoints().global(project.id(), "s1")).contains(flushed);
        // the writers go on while no Ferry runs
        await().atMost(Duration.ofMinutes(1)).until(() -> writes.commits() >= commitsAtKill + 300);
      }
    } // the writers stop here; a failure of theirs fails the test

    // every write is now before the source's head: the resumed sync catches up with all of them
    try (ChildJvm again = CliFixture.ferry(home, file, "", "run", "--until-synced")) {
      assertThat(again.waitFor(Duration.ofMinutes(6))).as(again.output()).isZero();
      assertThat(again.output()).contains("caught up");
    }
    for (String table : SourceWorkload.TABLES) {
      TableComparison.assertEqual(sandbox.source(), src, table, sandbox.target(), tgt, table);
    }
  }
}
