package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ferry.config.project.Project;
import dev.ferry.config.project.ProjectFiles;
import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TaskMode;
import dev.ferry.service.RecentProjects;
import dev.ferry.store.ChunkCounts;
import dev.ferry.store.LogEvent;
import dev.ferry.store.StateStore;
import dev.ferry.store.TaskError;
import dev.ferry.store.TaskLock;
import dev.ferry.store.TaskState;
import dev.ferry.testing.ChildJvm;
import dev.ferry.testing.MariaDbExtension;
import dev.ferry.testing.Sandbox;
import dev.ferry.testing.TableComparison;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ferry run} as a user runs it: a separate JVM, passwords from the environment, real source
 * and target servers. Killed with SIGKILL mid-copy it resumes and ends equal row by row.
 */
@ExtendWith(MariaDbExtension.class)
class CliRunIT {

  private static final String ROWS = "60000";

  private static Project project(Sandbox sandbox, String src, String tgt, long chunkRows) {
    return project(sandbox, src, tgt, chunkRows, TaskMode.FULL);
  }

  private static Project project(
      Sandbox sandbox, String src, String tgt, long chunkRows, TaskMode mode) {
    return CliFixture.project(sandbox, src, tgt, chunkRows, mode);
  }

  private static ChildJvm ferry(Path home, Path projectFile, String targetPassword, String... command) {
    return CliFixture.ferry(home, projectFile, targetPassword, command);
  }

  private static void fill(Sandbox sandbox, String src) {
    sandbox.source().execute(
        "CREATE TABLE " + src + ".orders (id INT PRIMARY KEY, customer VARCHAR(40), amount DECIMAL(12,2),"
            + " created DATETIME(3), KEY k_customer (customer))",
        "INSERT INTO " + src + ".orders SELECT seq, CONCAT('customer ', seq % 977), seq / 7,"
            + " '2024-01-01 00:00:00' + INTERVAL seq SECOND FROM " + src + ".seq_1_to_" + ROWS,
        "CREATE TABLE " + src + ".empty_one (id INT PRIMARY KEY)",
        "ANALYZE TABLE " + src + ".orders");
  }

  @Test
  void fullRunKilledMidCopyResumesAndEndsEqualWhileAWrongPasswordChangesNothing(
      Sandbox sandbox, @TempDir Path dir) throws Exception {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.newDatabase(sandbox.target(), "cli");
    sandbox.target().execute("DROP DATABASE " + tgt); // Ferry creates it
    fill(sandbox, src);
    Project project = project(sandbox, src, tgt, 1000);
    Path file = dir.resolve("shop.ferry");
    new ProjectFiles().save(project, file);
    Path home = dir.resolve("home");
    SourceTable orders = SourceTable.of("s1", src, "orders");

    long doneAtKill;
    try (ChildJvm run = ferry(home, file, "", "run")) {
      try (StateStore store = StateStore.open(home)) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
            .failFast(() -> {
              if (!run.isAlive()) {
                throw new AssertionError("the run ended before the kill:\n" + run.output());
              }
            })
            .until(() -> store.chunks().counts(project.id(), orders).done() >= 3);
        assertThat(run.kill9()).isEqualTo(137);
        ChunkCounts counts = store.chunks().counts(project.id(), orders);
        assertThat(counts.done()).as("killed mid-copy").isLessThan(counts.total());
        doneAtKill = counts.done();
      }

      // a wrong password: the auth exit code, the server named with the fix, no stack trace, and
      // the task's saved state untouched (the logins are tried before anything is written)
      TaskState before;
      List<LogEvent> eventsBefore;
      List<TaskError> errorsBefore;
      try (StateStore store = StateStore.open(home)) {
        before = store.tasks().get(project.id());
        eventsBefore = store.events().recent(project.id(), 10_000);
        errorsBefore = store.errors().all(project.id());
      }
      String targetName = "target (" + sandbox.target().host() + ":" + sandbox.target().port() + ")";
      for (String command : List.of("run", "check")) {
        try (ChildJvm wrong = ferry(home, file, "not-the-password", command)) {
          assertThat(wrong.waitFor(Duration.ofMinutes(2))).as(wrong.output()).isEqualTo(ExitCodes.AUTH_FAILED);
          assertThat(wrong.output())
              .contains("error FERRY-2003: " + targetName + " refused the login")
              .contains("Access denied").contains("(error 1045)")
              .contains("fix: Check the user name 'root' and the password for " + targetName)
              .contains("environment variable " + CliFixture.TARGET_PASSWORD_ENV)
              .doesNotContain("Exception").doesNotContain("\tat ");
        }
      }
      try (StateStore store = StateStore.open(home)) {
        assertThat(store.tasks().get(project.id())).as("stage, unit and time unchanged").isEqualTo(before);
        assertThat(store.events().recent(project.id(), 10_000)).isEqualTo(eventsBefore);
        assertThat(store.errors().all(project.id())).isEqualTo(errorsBefore);
        assertThat(store.chunks().counts(project.id(), orders).done()).isEqualTo(doneAtKill);
      }

      run.restart();
      assertThat(run.waitFor(Duration.ofMinutes(3))).as(run.output()).isZero();
      assertThat(run.output()).contains("finished");
    }
    TableComparison.assertEqual(sandbox.source(), src, "orders", sandbox.target(), tgt, "orders");
    TableComparison.assertEqual(sandbox.source(), src, "empty_one", sandbox.target(), tgt, "empty_one");
    // the window's start page offers the project a CLI run worked on
    assertThat(new RecentProjects(home).list()).containsExactly(file.toAbsolutePath().normalize());

    try (ChildJvm status = ferry(home, file, "", "status", "--json")) {
      assertThat(status.waitFor(Duration.ofMinutes(1))).isZero();
      assertThat(status.output()).contains("\"stage\" : \"FINISHED\"").contains("\"rows-done\" : " + ROWS);
    }
  }

  @Test
  void aSecondProcessOnTheSameTaskIsRefusedClearly(Sandbox sandbox, @TempDir Path dir) throws Exception {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.newDatabase(sandbox.target(), "two");
    sandbox.target().execute("DROP DATABASE " + tgt);
    fill(sandbox, src);
    Project project = project(sandbox, src, tgt, 5000);
    Path file = dir.resolve("two.ferry");
    new ProjectFiles().save(project, file);
    Path home = dir.resolve("home");
    // this test JVM is the "other process" running the task: it holds the task's lock
    try (StateStore store = StateStore.open(home);
        TaskLock held = store.lockTask(project.id(), project.task().name())) {
      try (ChildJvm second = ferry(home, file, "", "run")) {
        assertThat(second.waitFor(Duration.ofMinutes(1))).as(second.output()).isEqualTo(ExitCodes.TASK_FAILED);
        assertThat(second.output())
            .contains("FERRY-6002")
            .contains("already running in another Ferry process")
            .contains("pid " + ProcessHandle.current().pid())
            .doesNotContain("Exception");
      }
    }
    try (ChildJvm again = ferry(home, file, "", "run")) {
      assertThat(again.waitFor(Duration.ofMinutes(3))).as(again.output()).isZero();
    }
    TableComparison.assertEqual(sandbox.source(), src, "orders", sandbox.target(), tgt, "orders");
  }

  @Test
  void allModeWithWritesDuringTheCopyCatchesUpWithUntilSyncedAndEndsEqual(
      Sandbox sandbox, @TempDir Path dir) throws Exception {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.newDatabase(sandbox.target(), "all");
    sandbox.target().execute("DROP DATABASE " + tgt);
    fill(sandbox, src);
    Project project = project(sandbox, src, tgt, 2000, TaskMode.ALL);
    Path file = dir.resolve("all.ferry");
    new ProjectFiles().save(project, file);
    Path home = dir.resolve("home");

    java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
    Thread writer = new Thread(() -> {
      int next = Integer.parseInt(ROWS) + 1;
      while (writing.get()) {
        sandbox.source().execute(
            "INSERT INTO " + src + ".orders VALUES (" + next + ", 'late', 1.5, NOW(3))",
            "UPDATE " + src + ".orders SET amount = amount + 1 WHERE id = " + (next % 5000 + 1),
            "DELETE FROM " + src + ".orders WHERE id = " + (next % 7000 + 7000));
        next++;
      }
    }, "source-writer");
    try (ChildJvm first = ferry(home, file, "", "run", "--until-synced")) {
      writer.start();
      Thread.sleep(3_000);
      writing.set(false);
      writer.join();
      assertThat(first.waitFor(Duration.ofMinutes(3))).as(first.output()).isZero();
      assertThat(first.output()).contains("caught up");
    }
    // every write is now before the source's head: a second run (a resume in the sync stage, in
    // safe mode over the replayed window) catches up with all of them
    try (ChildJvm second = ferry(home, file, "", "run", "--until-synced")) {
      assertThat(second.waitFor(Duration.ofMinutes(3))).as(second.output()).isZero();
    }
    TableComparison.assertEqual(sandbox.source(), src, "orders", sandbox.target(), tgt, "orders");
  }

  @Test
  void aTargetRestartDuringTheSyncIsRetriedByItselfAndEndsEqual(Sandbox sandbox, @TempDir Path dir)
      throws Exception {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.newDatabase(sandbox.target(), "rst");
    sandbox.target().execute("DROP DATABASE " + tgt);
    sandbox.source().execute(
        "CREATE TABLE " + src + ".orders (id INT PRIMARY KEY, customer VARCHAR(40), amount DECIMAL(12,2),"
            + " created DATETIME(3))",
        "INSERT INTO " + src + ".orders SELECT seq, 'early', seq, NOW(3) FROM " + src + ".seq_1_to_1000");
    Project project = project(sandbox, src, tgt, 2000, TaskMode.ALL);
    Path file = dir.resolve("restart.ferry");
    new ProjectFiles().save(project, file);
    Path home = dir.resolve("home");
    try (ChildJvm run = ferry(home, file, "", "run")) {
      try (StateStore store = StateStore.open(home)) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
            .until(() -> store.tasks().find(project.id())
                .map(t -> t.stage() == dev.ferry.domain.Stage.SYNCING).orElse(false));
        for (int i = 1; i <= 200; i++) {
          sandbox.source().execute("INSERT INTO " + src + ".orders VALUES (" + (1000 + i) + ", 'before', 1, NOW(3))");
        }
        sandbox.target().restart();
        for (int i = 201; i <= 400; i++) {
          sandbox.source().execute("INSERT INTO " + src + ".orders VALUES (" + (1000 + i) + ", 'after', 2, NOW(3))",
              "UPDATE " + src + ".orders SET amount = amount + 1 WHERE id = " + i);
        }
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
            .failFast(() -> {
              if (!run.isAlive()) {
                throw new AssertionError("the run ended:\n" + run.output());
              }
            })
            .until(() -> TableComparison.compare(sandbox.source(), src, "orders",
                sandbox.target(), tgt, "orders").equal());
        assertThat(run.isAlive()).as("the run went on by itself").isTrue();
      }
      run.kill9();
    }
  }

  @Test
  void aDdlTheTargetRejectsPausesTheRunAndFerryDdlReplaceLetsItContinue(Sandbox sandbox, @TempDir Path dir)
      throws Exception {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.newDatabase(sandbox.target(), "ddl");
    sandbox.target().execute("DROP DATABASE " + tgt);
    sandbox.source().execute(
        "CREATE TABLE " + src + ".orders (id INT PRIMARY KEY, customer VARCHAR(40), amount DECIMAL(12,2),"
            + " created DATETIME(3))",
        "INSERT INTO " + src + ".orders SELECT seq, CONCAT('early ', seq), seq, NOW(3) FROM " + src
            + ".seq_1_to_100");
    Project project = project(sandbox, src, tgt, 2000, TaskMode.ALL);
    Path file = dir.resolve("ddl.ferry");
    new ProjectFiles().save(project, file);
    Path home = dir.resolve("home");
    try (ChildJvm run = ferry(home, file, "", "run")) {
      try (StateStore store = StateStore.open(home)) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
            .until(() -> store.tasks().find(project.id())
                .map(t -> t.stage() == dev.ferry.domain.Stage.SYNCING).orElse(false));
      }
      // the target holds rows the source does not: the new unique key fails there only
      sandbox.target().execute("UPDATE " + tgt + ".orders SET customer = 'twin' WHERE id IN (1, 2)");
      sandbox.source().execute("ALTER TABLE " + src + ".orders ADD UNIQUE KEY uq_customer (customer)");
      assertThat(run.waitFor(Duration.ofMinutes(2))).as(run.output()).isEqualTo(ExitCodes.TASK_FAILED);
      assertThat(run.output()).contains("FERRY-4002").contains("uq_customer");
    }
    sandbox.target().execute("UPDATE " + tgt + ".orders SET customer = 'early 1' WHERE id = 1",
        "UPDATE " + tgt + ".orders SET customer = 'early 2' WHERE id = 2");
    try (ChildJvm show = ferry(home, file, "", "ddl")) {
      assertThat(show.waitFor(Duration.ofMinutes(1))).as(show.output()).isZero();
      assertThat(show.output()).contains("uq_customer").contains("Duplicate entry");
    }
    try (ChildJvm replace = ferry(home, file, "", "ddl", "--replace",
        "ALTER TABLE `" + tgt + "`.orders ADD UNIQUE KEY uq_customer (customer)")) {
      assertThat(replace.waitFor(Duration.ofMinutes(1))).as(replace.output()).isZero();
    }
    sandbox.source().execute("INSERT INTO " + src + ".orders VALUES (101, 'after', 1, NOW(3))");
    try (ChildJvm again = ferry(home, file, "", "run", "--until-synced")) {
      assertThat(again.waitFor(Duration.ofMinutes(2))).as(again.output()).isZero();
    }
    TableComparison.assertEqual(sandbox.source(), src, "orders", sandbox.target(), tgt, "orders");
  }
}
