package dev.ferry.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ferry.config.Secret;
import dev.ferry.config.project.Project;
import dev.ferry.domain.TablePhase;
import dev.ferry.domain.TaskMode;
import dev.ferry.store.StateStore;
import dev.ferry.testing.MariaDbExtension;
import dev.ferry.testing.Sandbox;
import dev.ferry.testing.TestProjects;
import dev.ferry.testing.Screenshots;
import dev.ferry.testing.TableComparison;
import dev.ferry.ui.dashboard.DashboardViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
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
 * A DDL the target rejects, decided on the dashboard against the real MariaDB harness: the sync
 * pauses, the banner shows the statement, Replace DDL runs corrected SQL and the task goes on.
 */
@ExtendWith({ApplicationExtension.class, MariaDbExtension.class})
class DashboardDdlReplaceIT {

  @TempDir static Path home;

  private Stage stage;
  private MainWindowViewModel main;
  private StateStore store;
  private LiveWindow window;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    UiFixture.lightTheme();
    window = new LiveWindow(home);
    main = window.viewModel;
    store = window.store;
    MainWindowView.show(stage, main);
  }

  @AfterEach
  void close() {
    window.close();
  }

  private static <T> T fx(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Platform.runLater(task);
    return task.get();
  }

  @Test
  void aRejectedDdlIsReplacedOnTheDashboardAndTheSyncGoesOn(FxRobot robot, Sandbox sandbox)
      throws Exception {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.newDatabase(sandbox.target(), "ddlui");
    sandbox.target().execute("DROP DATABASE " + tgt);
    sandbox
        .source()
        .execute(
            "CREATE TABLE " + src + ".orders (id INT PRIMARY KEY, customer VARCHAR(40))",
            "INSERT INTO "
                + src
                + ".orders SELECT seq, CONCAT('early ', seq) FROM "
                + src
                + ".seq_1_to_100");
    Project project = TestProjects.routed(sandbox, src, tgt, 2000, TaskMode.ALL, Secret.ask(), Secret.ask());
    robot.interact(() -> main.start(project));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> fx(() -> main.dashboardProperty().get() != null));
    DashboardViewModel d = fx(() -> main.dashboardProperty().get());
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> fx(() -> d.stageProperty().get() == dev.ferry.domain.Stage.SYNCING));

    // the target holds rows the source does not: the new unique key fails there only
    sandbox.target().execute("UPDATE " + tgt + ".orders SET customer = 'twin' WHERE id IN (1, 2)");
    sandbox
        .source()
        .execute("ALTER TABLE " + src + ".orders ADD UNIQUE KEY uq_customer (customer)");
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> fx(() -> d.canDecideDdlProperty().get()));
    assertThat(fx(() -> d.pausedDdlTextProperty().get()))
        .contains("uq_customer")
        .contains("Duplicate entry");
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(
        () -> Screenshots.save(stage.getScene().getRoot(), "e2e-dashboard-ddl-rejected"));

    // correct the data, then run a key the target accepts instead: non-unique, another name
    sandbox
        .target()
        .execute(
            "UPDATE " + tgt + ".orders SET customer = 'early 1' WHERE id = 1",
            "UPDATE " + tgt + ".orders SET customer = 'early 2' WHERE id = 2");
    robot.clickOn("#replaceDdlButton");
    WaitForAsyncUtils.waitForFxEvents();
    TextArea sql = robot.lookup("#replaceDdlSql").queryAs(TextArea.class);
    assertThat(sql.getText()).contains("uq_customer");
    robot.interact(
        () -> sql.setText("ALTER TABLE `" + tgt + "`.`orders` ADD KEY k_customer (customer);"));
    robot.clickOn("#replaceDdlOk");

    await()
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> fx(() -> d.activeProperty().get() && !d.errorVisibleProperty().get()));
    sandbox.source().execute("INSERT INTO " + src + ".orders VALUES (101, 'after the DDL')");
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                TableComparison.compare(
                        sandbox.source(), src, "orders", sandbox.target(), tgt, "orders")
                    .equal());
    assertThat(
            sandbox
                .target()
                .queryString(
                    "SELECT GROUP_CONCAT(DISTINCT index_name ORDER BY index_name) FROM"
                        + " information_schema.statistics WHERE table_schema = '"
                        + tgt
                        + "' AND table_name = 'orders'"))
        .isEqualTo("k_customer,PRIMARY");
    assertThat(fx(() -> d.events().stream().anyMatch(e -> e.contains("DDL REPLACED  s1"))))
        .isTrue();
    // the resumed run went straight to the sync: the copied table still shows done, with its rows
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> fx(() -> d.rows().get(0).changesProperty().get().startsWith("1 /")));
    assertThat(fx(() -> d.rows().get(0).phaseProperty().get())).isEqualTo(TablePhase.DONE);
    assertThat(fx(() -> d.rows().get(0).rowsDoneProperty().get())).isEqualTo(100);
    assertThat(fx(() -> d.rowsTextProperty().get())).isEqualTo("100 / 100 rows");
    robot.interact(
        () -> Screenshots.save(stage.getScene().getRoot(), "e2e-dashboard-ddl-replaced"));
    robot.interact(d::stop);
    await().atMost(Duration.ofMinutes(1)).until(() -> fx(() -> !d.activeProperty().get()));
  }
}
