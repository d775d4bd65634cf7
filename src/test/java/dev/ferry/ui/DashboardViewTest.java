package dev.ferry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.EventKind;
import dev.ferry.engine.DdlDecisions;
import dev.ferry.engine.ProgressSnapshot;
import dev.ferry.testing.Screenshots;
import dev.ferry.ui.dashboard.DashboardViewModel;
import dev.ferry.ui.dashboard.TableProgressRow;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless: the dashboard of a scripted task with 1,200 tables, its controls and screenshots. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {

  @TempDir static Path home;

  private Stage stage;
  private UiFixture fixture;
  private FakeRunningTask task;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    UiFixture.lightTheme();
    fixture = new UiFixture(home);
    MainWindowView.show(stage, fixture.viewModel);
    task = new FakeRunningTask(1_200);
    fixture.viewModel.showDashboard(task);
  }

  private void shot(FxRobot robot, String name) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> Screenshots.save(stage.getScene().getRoot(), name));
  }

  private static boolean disabled(FxRobot robot, String id) {
    return robot.lookup(id).query().isDisabled();
  }

  @SuppressWarnings("unchecked")
  @Test
  void showsProgressOfManyTablesAndPausesAndResumes(FxRobot robot) throws Exception {
    for (int i = 0; i < 5; i++) {
      task.advance();
    }
    Thread.sleep(900); // two polls
    WaitForAsyncUtils.waitForFxEvents();
    TableView<TableProgressRow> table = robot.lookup("#tableTable").queryAs(TableView.class);
    assertThat(table.getItems()).hasSize(1_200);
    assertThat(
            table.lookupAll(".scroll-bar").stream()
                .filter(
                    n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL)
                .noneMatch(javafx.scene.Node::isVisible))
        .as("the columns fit a 1280 px window")
        .isTrue();
    shot(robot, "dashboard-copy");

    robot.clickOn("#tableFilter").write("table_000");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getItems()).hasSize(10);
    robot.doubleClickOn("#tableFilter").eraseText(9);

    robot.clickOn("#pauseButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(task.pauses).isEqualTo(1);
    Thread.sleep(500);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#resumeButton").queryAs(Button.class).isDisabled()).isFalse();
    shot(robot, "dashboard-paused");
    robot.clickOn("#resumeButton");
    task.event(
        EventKind.RETRY,
        "Retry 1 in 2 s after FERRY-3001: the connection to the target"
            + " tidb-prod-01.example.com:4000 was lost (Communications link failure: the last packet sent successfully to the"
            + " server was 0 milliseconds ago)");
    for (int i = 0; i < 12; i++) {
      task.advance();
    }
    Thread.sleep(900);
    shot(robot, "dashboard-sync");

    task.error =
        new ProgressSnapshot.ErrorInfo(
            "FERRY-4002",
            "The target rejected the DDL ALTER TABLE `shop`.`orders` ADD FULLTEXT INDEX ft_note (note): FULLTEXT is not supported",
            "Skip the statement or replace it with SQL the target accepts, then resume.",
            false);
    task.paused.add(
        new DdlDecisions.PausedDdl(
            "mysql-01",
            "mysql-bin.000042:90211334",
            "ALTER TABLE orders ADD FULLTEXT INDEX ft_note (note)",
            "ALTER TABLE `shop`.`orders` ADD FULLTEXT INDEX ft_note (note)",
            "FULLTEXT is not supported"));
    task.active = false;
    Thread.sleep(600);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#errorBanner").query().isVisible()).isTrue();
    // the look-up of the paused statement runs in the background
    for (int i = 0; i < 20 && disabled(robot, "#replaceDdlButton"); i++) {
      Thread.sleep(200);
      WaitForAsyncUtils.waitForFxEvents();
    }
    assertThat(disabled(robot, "#skipDdlButton")).isFalse();
    assertThat(disabled(robot, "#replaceDdlButton")).isFalse();
    assertThat(robot.lookup("#ddlNote").queryAs(Label.class).getText())
        .contains("ADD FULLTEXT INDEX ft_note");
    shot(robot, "dashboard-error");

    robot.interact(() -> fixture.viewModel.darkThemeProperty().set(true));
    shot(robot, "dashboard-error-dark");
    robot.interact(() -> fixture.viewModel.darkThemeProperty().set(false));

    robot.clickOn("#replaceDdlButton");
    WaitForAsyncUtils.waitForFxEvents();
    TextArea sql = robot.lookup("#replaceDdlSql").queryAs(TextArea.class);
    assertThat(sql.getText())
        .isEqualTo("ALTER TABLE `shop`.`orders` ADD FULLTEXT INDEX ft_note (note)");
    robot.interact(() -> sql.setText(""));
    assertThat(disabled(robot, "#replaceDdlOk")).isTrue();
    robot.interact(() -> Screenshots.save(sql.getScene().getRoot(), "dashboard-replace-ddl-empty"));
    robot.interact(
        () -> sql.setText("ALTER TABLE `shop`.`orders` ADD INDEX ix_note (note(64));\nSELECT 1;"));
    robot.interact(() -> Screenshots.save(sql.getScene().getRoot(), "dashboard-replace-ddl"));
    robot.clickOn("#replaceDdlOk");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(task.decisions)
        .containsExactly(
            "replace mysql-01: ALTER TABLE `shop`.`orders` ADD INDEX ix_note (note(64)); SELECT 1");
    assertThat(task.resumes).isEqualTo(2);
    robot.interact(
        () ->
            Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
    assertThat(fixture.viewModel.dashboardProperty().get()).isInstanceOf(DashboardViewModel.class);
  }
}
