package dev.ferry.ui.wizard;

import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

/** Controller of {@code fxml/wizard/ReviewPageView.fxml}. */
public final class ReviewPageView {

  @FXML private GridPane summaryGrid;
  @FXML private Label checkState;
  @FXML private Label exportStatus;

  private ReviewPageViewModel vm;
  private Stage stage;

  void bind(ReviewPageViewModel vm, PrecheckPageViewModel precheck, Stage stage) {
    this.vm = vm;
    this.stage = stage;
    vm.lines().addListener((ListChangeListener<SummaryLine>) c -> rebuild());
    exportStatus.textProperty().bind(vm.exportStatusProperty());
    checkState
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    precheck.passedProperty().get()
                        ? "✓ The check passed: Start copies and syncs as summarised above."
                        : "✗ Start is available once the check (step ⑧) has passed without errors.",
                precheck.passedProperty()));
    checkState.getStyleClass().add("check-state");
    rebuild();
  }

  private void rebuild() {
    summaryGrid.getChildren().clear();
    int row = 0;
    for (SummaryLine line : vm.lines()) {
      Label label = new Label(line.label());
      label.getStyleClass().add("field-label");
      Label value = new Label(line.value());
      value.setWrapText(true);
      summaryGrid.addRow(row++, label, value);
    }
  }

  @FXML
  void onExport() {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Export as DM task: choose a folder");
    File dir = chooser.showDialog(stage);
    if (dir != null) {
      vm.exportDm(dir.toPath());
    }
  }
}
