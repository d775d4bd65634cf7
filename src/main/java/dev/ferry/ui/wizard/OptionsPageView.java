package dev.ferry.ui.wizard;

import dev.ferry.config.DumpOptions;
import dev.ferry.config.LoadOptions;
import dev.ferry.ui.common.Forms;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Controller of {@code fxml/wizard/OptionsPageView.fxml}. */
public final class OptionsPageView {

  @FXML private ComboBox<OnlineDdlChoice> onlineDdlBox;
  @FXML private Label shadowLabel;
  @FXML private TextArea shadowField;
  @FXML private Label trashLabel;
  @FXML private TextArea trashField;
  @FXML private Label onlineDdlError;
  @FXML private Label onlineDdlNote;
  @FXML private ComboBox<DumpOptions.Consistency> consistencyBox;
  @FXML private Label consistencyHint;
  @FXML private ChoiceBox<LoadOptions.OnExistingTable> existingTablesBox;
  @FXML private Label existingTablesHint;
  @FXML private TextField dumpThreadsField;
  @FXML private Label dumpThreadsError;
  @FXML private TextField chunkRowsField;
  @FXML private Label chunkRowsError;
  @FXML private TextField loadThreadsField;
  @FXML private Label loadThreadsError;
  @FXML private TextField workersField;
  @FXML private Label workersError;
  @FXML private TextField batchField;
  @FXML private Label batchError;
  @FXML private CheckBox safeModeBox;

  void bind(OptionsPageViewModel vm) {
    onlineDdlBox.getItems().setAll(OnlineDdlChoice.values());
    onlineDdlBox.valueProperty().bindBidirectional(vm.onlineDdlProperty());
    var custom = vm.onlineDdlProperty().isEqualTo(OnlineDdlChoice.CUSTOM);
    for (var n : new javafx.scene.Node[] {shadowLabel, shadowField, trashLabel, trashField}) {
      n.visibleProperty().bind(custom);
      n.managedProperty().bind(custom);
    }
    shadowField.textProperty().bindBidirectional(vm.shadowRulesProperty());
    trashField.textProperty().bindBidirectional(vm.trashRulesProperty());
    Forms.bindError(onlineDdlError, vm.errors().message(OptionsPageViewModel.ONLINE_DDL));
    onlineDdlNote.textProperty().bind(vm.onlineDdlNote());
    onlineDdlNote.visibleProperty().bind(onlineDdlNote.textProperty().isNotEmpty());
    onlineDdlNote.managedProperty().bind(onlineDdlNote.visibleProperty());
    consistencyBox.getItems().setAll(DumpOptions.Consistency.values());
    consistencyBox.valueProperty().bindBidirectional(vm.consistencyProperty());
    consistencyHint
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> OptionsPageViewModel.explain(vm.consistencyProperty().get()),
                vm.consistencyProperty()));
    existingTablesBox.getItems().setAll(LoadOptions.OnExistingTable.values());
    existingTablesBox.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(LoadOptions.OnExistingTable e) {
            return e == null ? "" : OptionsPageViewModel.label(e);
          }

          @Override
          public LoadOptions.OnExistingTable fromString(String s) {
            return null; // not editable
          }
        });
    existingTablesBox.valueProperty().bindBidirectional(vm.existingTablesProperty());
    existingTablesHint
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> OptionsPageViewModel.explain(vm.existingTablesProperty().get()),
                vm.existingTablesProperty()));
    number(
        dumpThreadsField,
        dumpThreadsError,
        vm.dumpThreadsProperty(),
        vm,
        OptionsPageViewModel.DUMP_THREADS);
    number(
        chunkRowsField,
        chunkRowsError,
        vm.chunkRowsProperty(),
        vm,
        OptionsPageViewModel.CHUNK_ROWS);
    number(
        loadThreadsField,
        loadThreadsError,
        vm.loadThreadsProperty(),
        vm,
        OptionsPageViewModel.LOAD_THREADS);
    number(workersField, workersError, vm.workersProperty(), vm, OptionsPageViewModel.WORKERS);
    number(batchField, batchError, vm.batchProperty(), vm, OptionsPageViewModel.BATCH);
    safeModeBox.selectedProperty().bindBidirectional(vm.safeModeProperty());
  }

  private static void number(
      TextField field,
      Label error,
      javafx.beans.property.StringProperty p,
      OptionsPageViewModel vm,
      String name) {
    field.textProperty().bindBidirectional(p);
    Forms.bindError(error, vm.errors().message(name));
  }
}
