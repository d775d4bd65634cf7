package dev.ferry.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ferry.domain.TaskMode;
import dev.ferry.service.ProjectService;
import dev.ferry.store.StateStore;
import dev.ferry.testing.MariaDbExtension;
import dev.ferry.testing.MariaDbServer;
import dev.ferry.testing.Sandbox;
import dev.ferry.testing.Screenshots;
import dev.ferry.ui.dashboard.DashboardViewModel;
import dev.ferry.ui.wizard.PasswordMode;
import dev.ferry.ui.wizard.RouteRow;
import dev.ferry.ui.wizard.WizardViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard against the real MariaDB harness: builds a full-copy project through the pages (real
 * connection test, table listing and precheck), saves it, starts it, watches the tables finish on
 * the dashboard, pausing and resuming on the way.
 */
@ExtendWith({ApplicationExtension.class, MariaDbExtension.class})
class WizardEndToEndIT {

  private static final int ROWS = 150_000;

  @TempDir static Path home;

  private Stage stage;
  private MainWindowViewModel main;
  private ProjectService projects;
  private StateStore store;
  private LiveWindow window;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    UiFixture.lightTheme();
    window = new LiveWindow(home);
    main = window.viewModel;
    projects = window.projects;
    store = window.store;
    MainWindowView.show(stage, main);
  }

  @AfterEach
  void close() {
    window.close();
  }

  private <T> T fx(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Platform.runLater(task);
    return task.get();
  }

  @Test
  void buildsAProjectSavesItRunsItAndPausesAndResumes(FxRobot robot, Sandbox sandbox)
      throws Exception {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    MariaDbServer s = sandbox.source();
    MariaDbServer t = sandbox.target();
    s.execute(
        "CREATE TABLE "
            + src
            + ".orders (id INT PRIMARY KEY, note VARCHAR(60), amount DECIMAL(12,2))",
        "INSERT INTO "
            + src
            + ".orders SELECT seq, CONCAT('order ', seq), seq / 7 FROM "
            + src
            + ".seq_1_to_"
            + ROWS,
        "CREATE TABLE " + src + ".customers (id INT PRIMARY KEY, name VARCHAR(40))",
        "INSERT INTO "
            + src
            + ".customers SELECT seq, CONCAT('c', seq) FROM "
            + src
            + ".seq_1_to_500",
        "ANALYZE TABLE " + src + ".orders, " + src + ".customers");

    robot.clickOn("#newButton");
    WaitForAsyncUtils.waitForFxEvents();
    WizardViewModel w = main.wizardProperty().get();
    robot.clickOn("#nameField").write("e2e-" + Math.abs(src.hashCode() % 1000));
    robot.clickOn("#modeFull");
    robot.clickOn("#nextButton");

    robot.clickOn("#hostField").write(s.host());
    robot.doubleClickOn("#portField").write(Integer.toString(s.port()));
    robot.clickOn("#userField").write(MariaDbServer.USER);
    robot.clickOn("#testButton");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                fx(
                    () ->
                        w.sources()
                            .sources()
                            .get(0)
                            .connection()
                            .testSummaryProperty()
                            .get()
                            .startsWith("✓")));
    robot.interact(() -> Screenshots.save(stage.getScene().getRoot(), "e2e-sources"));
    robot.clickOn("#nextButton");

    robot.clickOn("#hostField").write(t.host());
    robot.doubleClickOn("#portField").write(Integer.toString(t.port()));
    robot.clickOn("#userField").write(MariaDbServer.USER);
    assertThat(fx(() -> w.target().connection().passwordModeProperty().get()))
        .isEqualTo(PasswordMode.ASK);
    robot.clickOn("#nextButton");

    // Objects: the server holds other tests' schemas too; tick only ours
    await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> w.objects().isLoaded()));
    robot.clickOn("#clearButton");
    robot.clickOn("#searchField").write(src);
    robot.clickOn("#tickButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx(() -> w.objects().selectedCount())).isEqualTo(2);
    // one table of the schema only: the generated list needs do-tables, as DM reads it
    robot.interact(
        () ->
            w.objects().tables().stream()
                .filter(n -> n.table().table().equals("customers"))
                .forEach(n -> n.selectedProperty().set(false)));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx(() -> w.objects().selectedCount())).isEqualTo(1);
    robot.clickOn("#nextButton");

    robot.interact(
        () -> {
          RouteRow r = w.routes().add();
          r.schemaPatternProperty().set(src);
          r.targetSchemaProperty().set(tgt);
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx(() -> w.routes().preview().get(0).target())).startsWith(tgt + ".");
    robot.clickOn("#nextButton"); // Filters
    robot.clickOn("#nextButton"); // Options
    robot.doubleClickOn("#chunkRowsField").write("5000");
    robot.doubleClickOn("#dumpThreadsField").write("1");
    robot.doubleClickOn("#loadThreadsField").write("1");
    robot.clickOn("#nextButton"); // Check runs on entry
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> fx(() -> w.precheck().reportProperty().get() != null));
    robot.interact(() -> Screenshots.save(stage.getScene().getRoot(), "e2e-check"));
    assertThat(
            fx(
                () ->
                    w.precheck().results().stream()
                        .filter(r -> r.isError())
                        .map(r -> r.id() + ": " + r.found())
                        .toList()))
        .isEmpty();
    robot.clickOn("#nextButton");

    Path file = home.resolve("e2e.ferry");
    robot.interact(() -> main.save(file, () -> {}));
    await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> !main.hasUnsavedChanges()));
    assertThat(projects.open(file).task().taskMode()).isEqualTo(TaskMode.FULL);

    robot.clickOn("#startButton");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> fx(() -> main.dashboardProperty().get() != null));
    DashboardViewModel d = fx(() -> main.dashboardProperty().get());
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                fx(
                    () ->
                        d.stageProperty().get() == dev.ferry.domain.Stage.DUMPING
                            || d.stageProperty().get() == dev.ferry.domain.Stage.FINISHED));
    if (fx(() -> d.stageProperty().get()) == dev.ferry.domain.Stage.DUMPING) {
      robot.clickOn("#pauseButton");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> fx(() -> d.stageProperty().get() == dev.ferry.domain.Stage.PAUSED));
      robot.interact(() -> Screenshots.save(stage.getScene().getRoot(), "e2e-dashboard-paused"));
      robot.clickOn("#resumeButton");
    }
    await()
        .atMost(Duration.ofSeconds(120))
        .until(() -> fx(() -> d.stageProperty().get() == dev.ferry.domain.Stage.FINISHED));
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> Screenshots.save(stage.getScene().getRoot(), "e2e-dashboard-finished"));
    assertThat(
            fx(
                () ->
                    d.rows().stream()
                        .allMatch(
                            r -> r.phaseProperty().get() == dev.ferry.domain.TablePhase.DONE)))
        .isTrue();
    assertThat(t.queryString("SELECT COUNT(*) FROM " + tgt + ".orders"))
        .isEqualTo(Integer.toString(ROWS));
    assertThat(
            t.queryString(
                "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
                    + tgt
                    + "' AND TABLE_NAME = 'customers'"))
        .isEqualTo("0");
  }
}
