package dev.ferry.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.TlsConfig;
import dev.ferry.config.project.Project;
import dev.ferry.domain.ShardMode;
import dev.ferry.testing.Screenshots;
import dev.ferry.ui.wizard.RouteRow;
import dev.ferry.ui.wizard.WizardViewModel;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Headless: builds a project through all nine steps with the keyboard and mouse (fake servers),
 * saves it, starts it, and takes a screenshot of every step and of the dashboard.
 */
@ExtendWith(ApplicationExtension.class)
class WizardFlowTest {

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

  private void shot(FxRobot robot, String name) {
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> Screenshots.save(stage.getScene().getRoot(), name));
  }

  private boolean disabled(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Button.class).isDisabled();
  }

  private void next(FxRobot robot) {
    robot.clickOn("#nextButton");
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void buildsSavesAndStartsAProject(FxRobot robot) throws Exception {
    robot.clickOn("#newButton");
    WaitForAsyncUtils.waitForFxEvents();
    WizardViewModel w = fixture.viewModel.wizardProperty().get();

    // ① Project: Next stays disabled until the name is valid
    assertThat(disabled(robot, "#nextButton")).isTrue();
    robot.clickOn("#nameField").write("shop to tidb");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#nameError").queryAs(Label.class).getText())
        .contains("letters, digits");
    shot(robot, "wizard-1-project-error");
    robot.doubleClickOn("#nameField").eraseText(20).write("shop-to-tidb");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(disabled(robot, "#nextButton")).isFalse();
    shot(robot, "wizard-1-project");
    next(robot);

    // ② Sources
    robot.clickOn("#hostField").write("db1.example.com");
    robot.clickOn("#userField").write("ferry");
    robot.interact(
        () ->
            w.sources()
                .sources()
                .get(0)
                .connection()
                .passwordModeProperty()
                .set(dev.ferry.ui.wizard.PasswordMode.ENV));
    robot.clickOn("#envField").write("FERRY_SOURCE_PASSWORD");
    robot.clickOn("#testButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(w.sources().sources().get(0).connection().testSummaryProperty().get())
        .startsWith("✓ Connected");
    shot(robot, "wizard-2-sources");
    next(robot);

    // ③ Target: a bad port is reported next to the field
    robot.clickOn("#hostField").write("tidb.example.com");
    robot.clickOn("#userField").write("root");
    robot.doubleClickOn("#portField").write("40o0");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#portError").queryAs(Label.class).isVisible()).isTrue();
    assertThat(disabled(robot, "#nextButton")).isTrue();
    robot.doubleClickOn("#portField").write("4000");
    robot.interact(
        () -> w.target().connection().tlsModeProperty().set(TlsConfig.VerifyMode.VERIFY_CA));
    robot.clickOn("#sslCaField").write("/nowhere/ca.pem");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#sslCaError").queryAs(Label.class).isVisible()).isTrue();
    assertThat(disabled(robot, "#nextButton")).isTrue();
    shot(robot, "wizard-3-target-tls-error");
    robot.interact(() -> w.target().connection().sslCaProperty().set(""));
    robot.clickOn("#testButton");
    shot(robot, "wizard-3-target");
    next(robot);

    // ④ Objects: loaded on entry
    assertThat(w.objects().tables()).hasSize(6);
    robot.clickOn("#searchField").write("crm");
    robot.clickOn("#clearButton");
    robot.doubleClickOn("#searchField").eraseText(3);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(w.objects().selectedCount()).isEqualTo(4);
    robot.interact(
        () ->
            w.objects().tables().stream()
                .filter(t -> t.table().table().equals("users"))
                .forEach(t -> t.selectedProperty().set(true)));
    shot(robot, "wizard-4-objects");
    next(robot);

    // ⑤ Routes: merging shards asks for a shard mode
    robot.interact(
        () -> {
          RouteRow schema = w.routes().add();
          schema.schemaPatternProperty().set("shop_*");
          schema.targetSchemaProperty().set("shop");
          RouteRow table = w.routes().add();
          table.schemaPatternProperty().set("shop_*");
          table.tablePatternProperty().set("orders");
          table.targetSchemaProperty().set("shop");
          table.targetTableProperty().set("orders");
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#shardBanner").query().isVisible()).isTrue();
    assertThat(disabled(robot, "#nextButton")).isTrue();
    shot(robot, "wizard-5-routes-conflict");
    robot.clickOn("#pessimisticButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(w.project().shardModeProperty().get()).isEqualTo(ShardMode.PESSIMISTIC);
    assertThat(robot.lookup("#previewTable").queryAs(TableView.class).getItems()).hasSize(5);
    robot.interact(
        () -> robot.lookup("#routeTable").queryAs(TableView.class).getSelectionModel().select(1));
    robot.clickOn("#extract-schema-regexp").write("shop_(.*)");
    robot.clickOn("#extract-schema-column").write("c_shard");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(w.routes().preview()).anyMatch(p -> p.extraColumns().equals("c_shard='02'"));
    shot(robot, "wizard-5-routes");
    next(robot);

    // ⑥ Filters
    robot.clickOn("#archivePresetButton");
    robot.interact(
        () -> robot.lookup("#addExpressionButton").queryButton().fire()); // below the fold
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(
        () -> {
          var e = w.filters().expressions().get(0);
          e.schemaProperty().set("crm");
          e.tableProperty().set("users");
          e.expressionProperty().set("status = 'deleted' AND (");
        });
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(disabled(robot, "#nextButton")).isTrue();
    shot(robot, "wizard-6-filters-error");
    robot.interact(
        () -> w.filters().expressions().get(0).expressionProperty().set("status = 'deleted'"));
    WaitForAsyncUtils.waitForFxEvents();
    shot(robot, "wizard-6-filters");
    next(robot);

    // ⑦ Options
    robot.doubleClickOn("#dumpThreadsField").write("8");
    shot(robot, "wizard-7-options");
    next(robot);

    // ⑧ Check: runs on entry; errors block Start
    assertThat(fixture.servers.prechecked).hasSize(1);
    fixture.servers.precheckFindsErrors = true;
    robot.clickOn("#runCheckButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#copy-dump_privilege").tryQuery()).isPresent();
    shot(robot, "wizard-8-check-errors");
    fixture.servers.precheckFindsErrors = false;
    robot.clickOn("#runCheckButton");
    WaitForAsyncUtils.waitForFxEvents();
    shot(robot, "wizard-8-check");
    next(robot);

    // ⑨ Review: Back keeps input, save, start
    robot.clickOn("#backButton");
    robot.clickOn("#backButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(
            robot
                .lookup("#dumpThreadsField")
                .queryAs(javafx.scene.control.TextField.class)
                .getText())
        .isEqualTo("8");
    robot.clickOn("#nextButton").clickOn("#nextButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.getTitle()).endsWith("Untitled project *");
    Path file = home.resolve("shop-to-tidb.ferry");
    robot.interact(() -> fixture.viewModel.save(file, () -> {}));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(stage.getTitle()).isEqualTo("Ferry — shop-to-tidb.ferry");
    Project saved = fixture.projects.open(file);
    assertThat(saved.task().rules().routes()).hasSize(2);
    assertThat(saved.task().shardMode()).isEqualTo(ShardMode.PESSIMISTIC);
    assertThat(disabled(robot, "#startButton")).isFalse();
    shot(robot, "wizard-9-review");

    robot.clickOn("#startButton");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fixture.started).hasSize(1);
    assertThat(robot.lookup("#tableTable").tryQuery()).isPresent();
  }
}
