package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ferry pause|resume|stop} from other processes steering a {@code ferry run} in a child JVM:
 * {@code ferry status --json} shows each stage change within seconds, a paused run keeps the task's
 * lock (a second {@code ferry run} is refused), stop ends the runner with exit 0 and its
 * checkpoints flushed, and a later {@code ferry run} continues.
 */
@ExtendWith(MariaDbExtension.class)
class CliControlIT {

  /** Generous for a loaded 2-core machine; the control poll itself is half a second. */
  private static final Duration PROMPTLY = Duration.ofSeconds(45);

  private Path home;
  private Path file;

  @Test
  void pauseResumeAndStopFromOtherProcessesSteerTheRunAndAPausedRunKeepsTheLock(
      Sandbox sandbox, @TempDir Path dir) throws Exception {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.newDatabase(sandbox.target(), "ctl");
    sandbox.target().execute("DROP DATABASE " + tgt); // Ferry creates it
    sandbox
        .source()
        .execute(
            "CREATE TABLE "
                + src
                + ".orders (id INT PRIMARY KEY, customer VARCHAR(40), amount DECIMAL(12,2))",
            "INSERT INTO "
                + src
                + ".orders SELECT seq, CONCAT('c', seq), seq / 3 FROM "
                + src
                + ".seq_1_to_2000");
    Project project = CliFixture.project(sandbox, src, tgt, 500, TaskMode.ALL);
    file = dir.resolve("ctl.ferry");
    new ProjectFiles().save(project, file);
    home = dir.resolve("home");

    try (ChildJvm run = CliFixture.ferry(home, file, "", "run");
        StateStore store = StateStore.open(home)) {
      awaitStage(Stage.SYNCING, run, Duration.ofMinutes(3));

      assertThat(CliFixture.ferryOk(home, file, "pause")).contains("Asked the process");
      awaitStage(Stage.PAUSED, run, PROMPTLY);
      await()
          .atMost(PROMPTLY)
          .until(() -> run.output().contains("paused. Waiting for 'ferry resume'"));

      // paused and waiting, the runner still holds the task: a second run is refused
      try (ChildJvm second = CliFixture.ferry(home, file, "", "run")) {
        assertThat(second.waitFor(Duration.ofMinutes(1)))
            .as(second.output())
            .isEqualTo(ExitCodes.TASK_FAILED);
        assertThat(second.output())
            .contains("FERRY-6002")
            .contains("pid " + run.pid())
            .doesNotContain("Exception");
      }
      assertThat(run.isAlive()).isTrue();
      assertThat(store.tasks().get(project.id()).stage()).isEqualTo(Stage.PAUSED);

      // written while paused, applied after the resume
      sandbox
          .source()
          .execute(
              "INSERT INTO "
                  + src
                  + ".orders SELECT seq, 'while paused', 1 FROM "
                  + src
                  + ".seq_2001_to_2100",
              "UPDATE " + src + ".orders SET amount = amount + 1 WHERE id <= 50");
      assertThat(CliFixture.ferryOk(home, file, "resume")).contains("Asked the process");
      awaitStage(Stage.SYNCING, run, PROMPTLY);
      awaitEqual(sandbox, src, tgt, run);
      BinlogPosition head = SourceWorkload.binlogHead(sandbox.source());

      assertThat(CliFixture.ferryOk(home, file, "stop")).contains("Asked the process");
      assertThat(run.waitFor(PROMPTLY)).as(run.output()).isZero();
      assertThat(run.output()).contains("stopped; 'ferry run' again resumes");
      assertThat(statusJson().get("stage").asText()).isEqualTo("STOPPED");
      assertThat(store.checkpoints().global(project.id(), "s1").orElseThrow())
          .as("the stop flushed the checkpoint of everything applied")
          .isGreaterThanOrEqualTo(head);

      // a later run continues; stopped while paused it ends too, with exit 0
      sandbox.source().execute("INSERT INTO " + src + ".orders VALUES (3001, 'after the stop', 2)");
      run.restart();
      awaitStage(Stage.SYNCING, run, Duration.ofMinutes(2));
      awaitEqual(sandbox, src, tgt, run);
      CliFixture.ferryOk(home, file, "pause");
      awaitStage(Stage.PAUSED, run, PROMPTLY);
      CliFixture.ferryOk(home, file, "stop");
      assertThat(run.waitFor(PROMPTLY)).as(run.output()).isZero();
      assertThat(statusJson().get("stage").asText()).isEqualTo("STOPPED");
    }

    sandbox.source().execute("DELETE FROM " + src + ".orders WHERE id BETWEEN 10 AND 20");
    try (ChildJvm last = CliFixture.ferry(home, file, "", "run", "--until-synced")) {
      assertThat(last.waitFor(Duration.ofMinutes(3))).as(last.output()).isZero();
    }
    TableComparison.assertEqual(sandbox.source(), src, "orders", sandbox.target(), tgt, "orders");
  }

  /**
   * Polls {@code ferry status --json} (a process of its own each time) until it shows {@code
   * stage}.
   */
  private void awaitStage(Stage stage, ChildJvm run, Duration within) {
    await()
        .atMost(within)
        .pollInterval(Duration.ofMillis(250))
        .failFast(
            () -> {
              if (!run.isAlive()) {
                throw new AssertionError("the run ended:\n" + run.output());
              }
            })
        .until(() -> statusJson().get("stage").asText(), stage.name()::equals);
  }

  private JsonNode statusJson() throws Exception {
    String out = CliFixture.ferryOk(home, file, "status", "--json");
    return new ObjectMapper().readTree(out.substring(out.indexOf('{'), out.lastIndexOf('}') + 1));
  }

  private static void awaitEqual(Sandbox sandbox, String src, String tgt, ChildJvm run) {
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .failFast(
            () -> {
              if (!run.isAlive()) {
                throw new AssertionError("the run ended:\n" + run.output());
              }
            })
        .until(
            () ->
                TableComparison.compare(
                        sandbox.source(), src, "orders", sandbox.target(), tgt, "orders")
                    .equal());
  }
}
