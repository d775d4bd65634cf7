package dev.ferry.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ferry.Main;
import dev.ferry.config.Secret;
import dev.ferry.config.project.Project;
import dev.ferry.config.project.ProjectFiles;
import dev.ferry.config.secret.SecretStore;
import dev.ferry.domain.SourceTable;
import dev.ferry.domain.Stage;
import dev.ferry.domain.TaskMode;
import dev.ferry.service.ResumableTask;
import dev.ferry.store.ChunkCounts;
import dev.ferry.store.StateStore;
import dev.ferry.testing.ChildJvm;
import dev.ferry.testing.MariaDbExtension;
import dev.ferry.testing.MariaDbServer;
import dev.ferry.testing.Sandbox;
import dev.ferry.testing.Screenshots;
import dev.ferry.testing.TableComparison;
import dev.ferry.testing.TestProjects;
import dev.ferry.ui.dashboard.DashboardViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A crash, then the window: {@code ferry run} of a full copy in a child JVM is killed with SIGKILL
 * mid-copy; the window opened afterwards on the same FERRY_HOME lists the task under "Resume after
 * restart" with its stage and last checkpoint, and one click on Resume continues it on the
 * dashboard to FINISHED, the target equal to the source row by row.
 */
@ExtendWith({ApplicationExtension.class, MariaDbExtension.class})
class ResumeAfterCrashIT {

  private static final int ROWS = 80_000;

  @TempDir static Path home;

  private javafx.stage.Stage stage;
  private StateStore store;
  private LiveWindow window;

  @Start
  void start(javafx.stage.Stage stage) {
    this.stage = stage; // the window opens after the crash, in the test
    UiFixture.lightTheme();
  }

  @AfterEach
  void close() {
    if (window != null) {
      window.close();
    }
  }

  private static <T> T fx(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Platform.runLater(task);
    return task.get();
  }

  @Test
  void aTaskKilledMidCopyIsListedWithItsCheckpointAndResumesWithOneClick(
      FxRobot robot, Sandbox sandbox) throws Exception {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.newDatabase(sandbox.target(), "crash");
    sandbox.target().execute("DROP DATABASE " + tgt); // Ferry creates it
    sandbox
        .source()
        .execute(
            "CREATE TABLE "
                + src
                + ".orders (id INT PRIMARY KEY, customer VARCHAR(40), amount DECIMAL(12,2),"
                + " created DATETIME(3))",
            "INSERT INTO "
                + src
                + ".orders SELECT seq, CONCAT('customer ', seq % 977), seq / 7,"
                + " '2024-01-01 00:00:00' + INTERVAL seq SECOND FROM "
                + src
                + ".seq_1_to_"
                + ROWS,
            "ANALYZE TABLE " + src + ".orders");
    // remembered passwords: the child JVM and this one read the same secret store in FERRY_HOME
    SecretStore secrets = new SecretStore(home.resolve(SecretStore.DIRECTORY));
    String sourceSecret = secrets.remember(MariaDbServer.PASSWORD);
    String targetSecret = secrets.remember(MariaDbServer.PASSWORD);
    Project project =
        TestProjects.routed(
            sandbox,
            src,
            tgt,
            1000,
            TaskMode.FULL,
            Secret.remembered(sourceSecret),
            Secret.remembered(targetSecret));
    Path file = home.resolve("crash.ferry");
    new ProjectFiles().save(project, file);
    SourceTable orders = SourceTable.of("s1", src, "orders");

    // the crash: SIGKILL while the copy is under way
    long doneAtKill;
    long chunks;
    try (ChildJvm run =
            ChildJvm.start(
                Main.class,
                List.of("run", file.toString()),
                Map.of("ferry.home", home.toString()),
                Map.of());
        StateStore during = StateStore.open(home)) {
      await()
          .atMost(Duration.ofMinutes(2))
          .pollInterval(Duration.ofMillis(50))
          .failFast(
              () -> {
                if (!run.isAlive()) {
                  throw new AssertionError("the run ended before the kill:\n" + run.output());
                }
              })
          .until(() -> during.chunks().counts(project.id(), orders).done() >= 3);
      assertThat(run.kill9()).isEqualTo(137);
      ChunkCounts counts = during.chunks().counts(project.id(), orders);
      assertThat(counts.done()).as("killed mid-copy").isLessThan(counts.total());
      doneAtKill = counts.done();
      chunks = counts.total();
    }

    // Ferry's window opens on the same FERRY_HOME
    window = new LiveWindow(home);
    store = window.store;
    MainWindowViewModel main = window.viewModel;
    robot.interact(() -> MainWindowView.show(stage, main));

    @SuppressWarnings("unchecked")
    ListView<ResumableTask> list = robot.lookup("#resumeList").queryAs(ListView.class);
    await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> !list.getItems().isEmpty()));
    ResumableTask listed = fx(() -> list.getItems().get(0));
    assertThat(fx(() -> list.getItems().size())).isEqualTo(1);
    assertThat(listed.taskId()).isEqualTo(project.id());
    assertThat(listed.stage()).isEqualTo(Stage.DUMPING);
    assertThat(listed.projectFile()).isEqualTo(file.toAbsolutePath());
    WaitForAsyncUtils.waitForFxEvents();
    String detail = robot.lookup("#resume-detail-" + project.id()).queryAs(Label.class).getText();
    String checkpoint =
        robot.lookup("#resume-checkpoint-" + project.id()).queryAs(Label.class).getText();
    assertThat(detail).startsWith("Last active ").endsWith(" · crash.ferry");
    assertThat(robot.lookup("#resume-stage-" + project.id()).queryAs(Label.class).getText())
        .isEqualTo("interrupted while copying");
    assertThat(checkpoint).contains(String.format("copy: %,d of %,d chunks", doneAtKill, chunks));
    robot.interact(() -> Screenshots.save(stage.getScene().getRoot(), "resume-after-crash"));

    robot.clickOn("#resume-" + project.id());
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> fx(() -> main.screenProperty().get() == MainWindowViewModel.Screen.DASHBOARD));
    DashboardViewModel d = fx(() -> main.dashboardProperty().get());
    await()
        .atMost(Duration.ofMinutes(4))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> fx(() -> d.stageProperty().get() == Stage.FINISHED));
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(
        () -> Screenshots.save(stage.getScene().getRoot(), "resume-after-crash-finished"));

    TableComparison.assertEqual(sandbox.source(), src, "orders", sandbox.target(), tgt, "orders");
    assertThat(store.tasks().get(project.id()).stage()).isEqualTo(Stage.FINISHED);
    // finished tasks are no longer offered
    robot.interact(main::showStart);
    await().atMost(Duration.ofSeconds(30)).until(() -> fx(() -> list.getItems().isEmpty()));
  }
}
