package dev.ferry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.service.RecentProjects;
import dev.ferry.testing.Screenshots;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
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
  private final AtomicBoolean quit = new AtomicBoolean();

  @Start
  void start(Stage stage) {
    this.stage = stage;
    MainWindowView.show(stage, new MainWindowViewModel(new RecentProjects(home), () -> quit.set(true)));
  }

  @Test
  void showsTitleMenuAndStartPage(FxRobot robot) {
    assertThat(stage.getTitle()).isEqualTo("Ferry");
    assertThat(stage.isShowing()).isTrue();

    MenuBar menuBar = robot.lookup("#menuBar").queryAs(MenuBar.class);
    Menu file = menuBar.getMenus().get(0);
    assertThat(file.getText()).isEqualTo("_File");
    assertThat(file.getItems().stream().map(MenuItem::getText))
        .contains("_New Project…", "_Open Project…", "Open _Recent", "_Quit");

    assertThat(robot.lookup("#headline").queryAs(Label.class).getText()).isEqualTo("Ferry");
    assertThat(robot.lookup("#newButton").tryQuery()).isPresent();

    robot.clickOn("#newButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
        .contains("not part of this build");

    Path[] png = new Path[1];
    robot.interact(() -> png[0] = Screenshots.save(stage.getScene().getRoot(), "main-window"));
    assertThat(png[0]).exists().isNotEmptyFile();

    robot.interact(() -> file.getItems().stream().filter(i -> "quitItem".equals(i.getId())).findFirst().orElseThrow().fire());
    assertThat(quit).isTrue();
  }
}
