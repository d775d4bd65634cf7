package dev.ferry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.testing.Screenshots;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Headless (Monocle) smoke test: the main window opens with its title, menu and start page. */
@ExtendWith(ApplicationExtension.class)
class MainWindowSmokeTest {

  @TempDir static Path home;

  private Stage stage;
  private UiFixture fixture;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    UiFixture.lightTheme();
    fixture = new UiFixture(home);
    MainWindowView.show(stage, fixture.viewModel);
  }

  @Test
  void showsTitleMenuAndStartPageAndOpensTheWizard(FxRobot robot) {
    assertThat(stage.getTitle()).isEqualTo("Ferry");
    assertThat(stage.isShowing()).isTrue();

    MenuBar menuBar = robot.lookup("#menuBar").queryAs(MenuBar.class);
    Menu file = menuBar.getMenus().get(0);
    assertThat(file.getText()).isEqualTo("_File");
    assertThat(file.getItems().stream().map(MenuItem::getText))
        .contains("_New Project…", "_Open Project…", "Open _Recent", "_Save", "Save _As…", "_Quit");
    assertThat(robot.lookup("#headline").queryAs(Label.class).getText()).isEqualTo("Ferry");

    fixture.resumable.add(
        new dev.ferry.service.ResumableTask(
            java.util.UUID.randomUUID(),
            "shop-to-tidb",
            home.resolve("shop-to-tidb.ferry"),
            dev.ferry.domain.Stage.SYNCING,
            java.time.Instant.parse("2026-11-24T22:14:00Z")));
    fixture.resumable.add(
        new dev.ferry.service.ResumableTask(
            java.util.UUID.randomUUID(),
            "crm-archive-nightly-to-tidb-analytics-cluster-eu-west",
            home.resolve("crm-archive.ferry"),
            dev.ferry.domain.Stage.PAUSED,
            java.time.Instant.parse("2026-11-23T09:02:00Z"),
            "copy: 4 of 81 chunks (3,950 rows)"));
    robot.interact(
        () -> {
          new dev.ferry.service.RecentProjects(home).add(home.resolve("shop-to-tidb.ferry"));
          fixture.viewModel.refreshResumable();
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#resumeList").queryListView().getItems()).hasSize(2);
    assertThat(
            robot.lookup("#resumeList").queryListView().lookupAll(".scroll-bar").stream()
                .filter(
                    n ->
                        n instanceof javafx.scene.control.ScrollBar b
                            && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL)
                .noneMatch(javafx.scene.Node::isVisible))
        .as("a long task name gives way; the Resume button stays in view")
        .isTrue();
    Path[] png = new Path[1];
    robot.interact(() -> png[0] = Screenshots.save(stage.getScene().getRoot(), "main-window"));
    assertThat(png[0]).exists().isNotEmptyFile();

    robot.clickOn("#newButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#nameField").tryQuery()).isPresent();
    assertThat(stage.getTitle()).isEqualTo("Ferry — Untitled project");

    // unsaved changes: quitting asks first; Cancel keeps the window, "Don't save" quits
    robot.clickOn("#nameField").write("shop");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.getTitle()).isEqualTo("Ferry — Untitled project *");
    MenuItem quitItem =
        file.getItems().stream()
            .filter(i -> "quitItem".equals(i.getId()))
            .findFirst()
            .orElseThrow();
    javafx.application.Platform.runLater(quitItem::fire); // showAndWait: do not wait for it
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("Save the changes first?").tryQuery()).isPresent();
    robot.clickOn("Cancel");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fixture.quit).isFalse();
    javafx.application.Platform.runLater(quitItem::fire); // showAndWait: do not wait for it
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Don't save");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fixture.quit).isTrue();
  }
}
