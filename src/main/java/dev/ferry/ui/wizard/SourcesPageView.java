package dev.ferry.ui.wizard;

import dev.ferry.ui.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

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
    sourceList.setCellFactory(l -> new SourceCell());
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

  /** A source: its id, and host:port underneath (cut in the middle when too long; tooltip). */
  private static final class SourceCell extends ListCell<SourceEntryViewModel> {
    private final Label id = new Label();
    private final Label address = new Label();
    private final Tooltip tip = new Tooltip();

    SourceCell() {
      id.getStyleClass().add("text-bold");
      address.getStyleClass().add("text-muted");
      address.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
      id.setMinWidth(0);
      address.setMinWidth(0);
      VBox box = new VBox(2, id, address);
      box.setMinWidth(0);
      setText(null);
      setGraphic(box);
      setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
      setPrefWidth(0); // follow the list's width instead of widening it
    }

    @Override
    protected void updateItem(SourceEntryViewModel e, boolean empty) {
      super.updateItem(e, empty);
      id.textProperty().unbind();
      address.textProperty().unbind();
      tip.textProperty().unbind();
      if (empty || e == null) {
        id.setText("");
        address.setText("");
        setTooltip(null);
        getGraphic().setVisible(false);
        return;
      }
      getGraphic().setVisible(true);
      id.textProperty().bind(e.sourceIdProperty());
      address.textProperty().bind(e.addressProperty());
      tip.textProperty()
          .bind(
              Bindings.createStringBinding(
                  e::toString, e.sourceIdProperty(), e.connection().hostProperty(),
                  e.connection().portProperty()));
      setTooltip(tip);
    }
  }
}
