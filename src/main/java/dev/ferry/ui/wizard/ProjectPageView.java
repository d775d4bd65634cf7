package dev.ferry.ui.wizard;

import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TaskMode;
import dev.ferry.ui.common.Forms;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;

/** Controller of {@code fxml/wizard/ProjectPageView.fxml}. */
public final class ProjectPageView {

  @FXML private TextField nameField;
  @FXML private Label nameError;
  @FXML private ToggleGroup modeGroup;
  @FXML private RadioButton modeAll;
  @FXML private RadioButton modeFull;
  @FXML private RadioButton modeIncremental;
  @FXML private Label modeAllHint;
  @FXML private Label modeFullHint;
  @FXML private Label modeIncrementalHint;
  @FXML private Label shardModeLabel;
  @FXML private Label shardDdlNote;

  void bind(ProjectPageViewModel vm) {
    nameField.textProperty().bindBidirectional(vm.nameProperty());
    Forms.bindError(nameError, vm.errors().message(ProjectPageViewModel.NAME));
    modeAll.setUserData(TaskMode.ALL);
    modeFull.setUserData(TaskMode.FULL);
    modeIncremental.setUserData(TaskMode.INCREMENTAL);
    modeAllHint.setText(ProjectPageViewModel.explain(TaskMode.ALL));
    modeFullHint.setText(ProjectPageViewModel.explain(TaskMode.FULL));
    modeIncrementalHint.setText(ProjectPageViewModel.explain(TaskMode.INCREMENTAL));
    select(vm.modeProperty().get());
    vm.modeProperty().addListener((obs, was, now) -> select(now));
    modeGroup
        .selectedToggleProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != null) {
                vm.modeProperty().set((TaskMode) now.getUserData());
              }
            });
    shardModeLabel
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    vm.shardModeProperty().get() == ShardMode.NONE
                        ? "Shard merge: off (the Routes step offers it when routes merge tables)."
                        : "Shard merge: "
                            + vm.shardModeProperty().get().dmName()
                            + " (shard-mode).",
                vm.shardModeProperty()));
    shardDdlNote.textProperty().bind(vm.shardDdlNote());
    shardDdlNote.visibleProperty().bind(shardDdlNote.textProperty().isNotEmpty());
    shardDdlNote.managedProperty().bind(shardDdlNote.visibleProperty());
    Platform.runLater(nameField::requestFocus);
  }

  private void select(TaskMode mode) {
    modeGroup.getToggles().stream()
        .filter(t -> t.getUserData() == mode)
        .findFirst()
        .ifPresent(modeGroup::selectToggle);
  }
}
