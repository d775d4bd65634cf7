package dev.ferry.ui.wizard;

import dev.ferry.engine.CheckResult;
import dev.ferry.ui.common.Forms;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Controller of {@code fxml/wizard/PrecheckPageView.fxml}: results grouped by severity. */
public final class PrecheckPageView {

  @FXML private Button runCheckButton;
  @FXML private ProgressIndicator checkProgress;
  @FXML private Label checkSummary;
  @FXML private VBox resultsBox;

  private PrecheckPageViewModel vm;

  void bind(PrecheckPageViewModel vm) {
    this.vm = vm;
    runCheckButton.disableProperty().bind(vm.runningProperty());
    checkProgress.visibleProperty().bind(vm.runningProperty());
    checkSummary.textProperty().bind(vm.summaryProperty());
    vm.results().addListener((ListChangeListener<CheckResult>) c -> rebuild());
    rebuild();
  }

  private void rebuild() {
    resultsBox.getChildren().clear();
    for (CheckResult.Severity s : CheckResult.Severity.values()) {
      List<CheckResult> group = vm.results().stream().filter(r -> r.severity() == s).toList();
      if (group.isEmpty()) {
        continue;
      }
      VBox cards = new VBox(8);
      group.forEach(r -> cards.getChildren().add(card(r)));
      TitledPane pane = new TitledPane(heading(s) + " (" + group.size() + ")", cards);
      pane.setGraphic(icon(s));
      pane.setId("group-" + s.jsonName());
      pane.setExpanded(s != CheckResult.Severity.OK);
      resultsBox.getChildren().add(pane);
    }
  }

  private static String heading(CheckResult.Severity s) {
    return switch (s) {
      case ERROR -> "Errors — these block Start";
      case WARNING -> "Warnings";
      case INFO -> "Notes";
      case OK -> "Passed";
    };
  }

  /** The severity's icon, coloured by its style class (colour never comes alone: see the text). */
  private static FontIcon icon(CheckResult.Severity s) {
    FontIcon icon =
        new FontIcon(
            switch (s) {
              case ERROR -> Feather.X_CIRCLE;
              case WARNING -> Feather.ALERT_TRIANGLE;
              case INFO -> Feather.INFO;
              case OK -> Feather.CHECK_CIRCLE;
            });
    icon.getStyleClass().add("severity-" + s.jsonName());
    return icon;
  }

  private Node card(CheckResult r) {
    Label badge = new Label(r.severity().jsonName().toUpperCase(Locale.ROOT));
    badge.getStyleClass().addAll("badge", "badge-" + r.severity().jsonName());
    badge.setGraphic(icon(r.severity()));
    Label id = new Label(r.id());
    id.getStyleClass().add("text-bold");
    Label target = new Label(r.target());
    target.getStyleClass().add("text-muted");
    HBox head = new HBox(8, badge, id, target);
    head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    VBox card = new VBox(4, head, wrapped(r.found()));
    if (!r.why().isEmpty()) {
      Label why = wrapped("Why it matters: " + r.why());
      why.getStyleClass().add("text-muted");
      card.getChildren().add(why);
    }
    if (!r.fix().isEmpty()) {
      Label fix = wrapped(r.fix());
      fix.getStyleClass().add("code-block");
      fix.setMaxWidth(Double.MAX_VALUE);
      HBox.setHgrow(fix, Priority.ALWAYS);
      HBox fixRow = new HBox(8, fix);
      String statements = PrecheckPageViewModel.statements(r);
      if (!statements.isEmpty()) {
        Button copy = new Button("Copy SQL", new FontIcon(Feather.COPY));
        copy.setId("copy-" + r.id());
        copy.setOnAction(
            e -> {
              Forms.copy(statements);
              copy.setText("Copied ✓");
            });
        fixRow.getChildren().addAll(new Region(), copy);
      }
      Label fixTitle = new Label("Fix");
      fixTitle.getStyleClass().add("field-label");
      card.getChildren().addAll(fixTitle, fixRow);
    }
    card.getStyleClass().addAll("card", "check-" + r.severity().jsonName());
    return card;
  }

  private static Label wrapped(String text) {
    Label l = new Label(text);
    l.setWrapText(true);
    return l;
  }

  @FXML
  void onRun() {
    vm.run();
  }
}
