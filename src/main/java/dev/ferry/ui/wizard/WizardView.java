package dev.ferry.ui.wizard;

import dev.ferry.ui.common.Fxml;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** Controller of {@code fxml/wizard/WizardView.fxml}: step bar, current page, context, buttons. */
public final class WizardView {

  private static final String[] NUMBERS = {"①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨"};

  @FXML private HBox stepBar;
  @FXML private StackPane pageHost;
  @FXML private Label pageTitle;
  @FXML private Label pageHelp;
  @FXML private VBox contextExtra;
  @FXML private Label pageMessage;
  @FXML private Label wizardStatus;
  @FXML private Button backButton;
  @FXML private Button saveButton;
  @FXML private Button nextButton;
  @FXML private Button startButton;

  private WizardViewModel vm;
  private Stage stage;
  private Consumer<Boolean> save;
  private final Map<Integer, PageNodes> pages = new HashMap<>();

  /** A page's form and the extra content of its context panel (may be null). */
  record PageNodes(Node form, Node context) {}

  /**
   * Builds the wizard for {@code vm}.
   *
   * @param save saves the project; the argument asks for a file name (Save As)
   */
  public static Parent create(WizardViewModel vm, Stage stage, Consumer<Boolean> save) {
    Fxml.Loaded<WizardView> loaded = Fxml.load("wizard/WizardView.fxml");
    loaded.controller().bind(vm, stage, save);
    return loaded.root();
  }

  private void bind(WizardViewModel vm, Stage stage, Consumer<Boolean> save) {
    this.vm = vm;
    this.stage = stage;
    this.save = save;
    vm.setDeferral(javafx.application.Platform::runLater);
    for (int i = 0; i < vm.pages().size(); i++) {
      int index = i;
      PageViewModel p = vm.pages().get(i);
      Button step = new Button(NUMBERS[i] + " " + p.title());
      step.setId("step-" + p.title().toLowerCase());
      step.getStyleClass().addAll("step", "flat");
      step.setOnAction(e -> vm.goTo(index));
      p.validProperty().addListener(x -> styleSteps());
      stepBar.getChildren().add(step);
    }
    wizardStatus.textProperty().bind(vm.statusProperty());
    backButton.disableProperty().bind(vm.currentProperty().isEqualTo(0));
    nextButton.disableProperty().bind(vm.canNextProperty().not());
    nextButton.visibleProperty().bind(vm.currentProperty().lessThan(vm.pages().size() - 1));
    nextButton.managedProperty().bind(nextButton.visibleProperty());
    startButton.visibleProperty().bind(nextButton.visibleProperty().not());
    startButton.managedProperty().bind(startButton.visibleProperty());
    startButton.disableProperty().bind(vm.canStartProperty().not());
    vm.currentProperty().addListener((obs, was, now) -> show(now.intValue()));
    show(vm.currentProperty().get());
  }

  private void show(int index) {
    PageViewModel p = vm.pages().get(index);
    PageNodes nodes = pages.computeIfAbsent(index, i -> PageViews.create(vm, i, stage));
    pageHost.getChildren().setAll(nodes.form());
    pageTitle.setText(NUMBERS[index] + "  " + p.title());
    pageHelp.setText(p.help());
    contextExtra.getChildren().setAll(nodes.context() == null ? new VBox() : nodes.context());
    pageMessage.textProperty().unbind();
    pageMessage.textProperty().bind(p.pageMessageProperty());
    pageMessage.visibleProperty().bind(p.pageMessageProperty().isNotEmpty());
    pageMessage.managedProperty().bind(pageMessage.visibleProperty());
    styleSteps();
  }

  private void styleSteps() {
    int current = vm.currentProperty().get();
    for (int i = 0; i < stepBar.getChildren().size(); i++) {
      Node step = stepBar.getChildren().get(i);
      step.getStyleClass().removeAll("current", "done", "invalid");
      if (i == current) {
        step.getStyleClass().add("current");
      } else if (i < current) {
        step.getStyleClass().add(vm.pages().get(i).isValid() ? "done" : "invalid");
      }
    }
  }

  @FXML
  void onBack() {
    vm.back();
  }

  @FXML
  void onNext() {
    vm.next();
  }

  @FXML
  void onSave() {
    save.accept(false);
  }

  @FXML
  void onStart() {
    vm.start();
  }
}
