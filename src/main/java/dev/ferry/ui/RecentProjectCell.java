package dev.ferry.ui;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** A recent project on the start page: its file name, and the folder it is in. */
final class RecentProjectCell extends ListCell<Path> {

  RecentProjectCell() {
    setPrefWidth(0); // as wide as the list, never wider: a long folder is cut at its start
  }

  @Override
  protected void updateItem(Path p, boolean empty) {
    super.updateItem(p, empty);
    setText(null);
    if (empty || p == null) {
      setGraphic(null);
      setTooltip(null);
      return;
    }
    Label name = new Label(p.getFileName() == null ? p.toString() : p.getFileName().toString());
    name.getStyleClass().add("resume-name");
    name.setMinWidth(0);
    Label folder = new Label(p.getParent() == null ? "" : p.getParent().toString());
    folder.getStyleClass().add("text-muted");
    folder.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
    folder.setMinWidth(0);
    setGraphic(new VBox(3, name, folder));
    setTooltip(new Tooltip(p.toString()));
  }
}
