package dev.ferry.ui.wizard;

import dev.ferry.ui.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/** Controller of {@code fxml/wizard/SourcesPageView.fxml}: the list and the selected source. */
public final class SourcesPageView {

  @FXML private ListView<SourceEntryViewModel> sourceList;
  @FXML private Button removeSourceButton;
  @FXML private TextField sourceIdField;
  @FXML private Label sourceIdError;
  @FXML private StackPane formHost;

  private SourcesPageViewModel vm;
  private Fxml.Loaded<ConnectionFormView> form;
  private SourceEntryViewModel shown;

  void bind(SourcesPageViewModel vm) {
    this.vm = vm;
    form = ConnectionFormView.load();
    formHost.getChildren().setAll(form.root());
    sourceList.setItems(vm.sources());
    sourceList.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(SourceEntryViewModel e, boolean empty) {
                super.updateItem(e, empty);
                textProperty().unbind();
                if (empty || e == null) {
                  setText(null);
                } else {
                  textProperty()
                      .bind(
                          Bindings.createStringBinding(
                              e::toString,
                              e.sourceIdProperty(),
                              e.connection().hostProperty(),
                              e.connection().portProperty()));
                }
              }
            });
    removeSourceButton.disableProperty().bind(Bindings.size(vm.sources()).lessThan(2));
    sourceList
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (obs, was, now) -> {
              if (now != null) {
                vm.selectedProperty().set(now);
              }
            });
    vm.selectedProperty().addListener((obs, was, now) -> show(now));
    show(vm.selectedProperty().get());
  }

  private void show(SourceEntryViewModel e) {
    if (e == null) {
      return;
    }
    if (shown != null) {
      sourceIdField.textProperty().unbindBidirectional(shown.sourceIdProperty());
    }
    shown = e;
    sourceList.getSelectionModel().select(e);
    sourceIdField.textProperty().bindBidirectional(e.sourceIdProperty());
    dev.ferry.ui.common.Forms.bindError(sourceIdError, e.idErrorProperty());
    form.controller().bind(e.connection(), vm::testSelected);
  }

  @FXML
  void onAdd() {
    vm.add();
  }

  @FXML
  void onRemove() {
    vm.removeSelected();
  }
}
