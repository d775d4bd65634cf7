package dev.ferry.ui.common;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Small binding helpers shared by the forms. */
public final class Forms {

  private Forms() {}

  /** Shows {@code message} in {@code label} (styled as a field error); hidden while empty. */
  public static void bindError(Label label, ObservableStringValue message) {
    label.textProperty().bind(message);
    label.visibleProperty().bind(label.textProperty().isNotEmpty());
    label.managedProperty().bind(label.visibleProperty());
    if (!label.getStyleClass().contains("field-error")) {
      label.getStyleClass().add("field-error");
    }
  }

  /** Puts {@code text} on the system clipboard. */
  public static void copy(String text) {
    ClipboardContent content = new ClipboardContent();
    content.putString(text);
    Clipboard.getSystemClipboard().setContent(content);
  }
}
