package dev.ferry.ui.wizard;

import dev.ferry.ui.common.Fxml;
import javafx.fxml.FXML;
import javafx.scene.layout.StackPane;

/** Controller of {@code fxml/wizard/TargetPageView.fxml}. */
public final class TargetPageView {

  @FXML private StackPane formHost;

  void bind(TargetPageViewModel vm) {
    Fxml.Loaded<ConnectionFormView> form = ConnectionFormView.load();
    form.controller().bind(vm.connection(), vm::test);
    formHost.getChildren().setAll(form.root());
  }
}
