package dev.ferry.ui.dashboard;

import dev.ferry.engine.DdlDecisions.PausedDdl;
import dev.ferry.ui.common.Forms;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The Replace DDL dialog: a SQL editor prefilled with the statement the target rejected; Replace is
 * enabled while it holds at least one statement ({@link DdlReplacementForm}).
 */
final class ReplaceDdlDialog {

  static final ButtonType REPLACE =
      new ButtonType("Replace and resume", ButtonBar.ButtonData.OK_DONE);

  private ReplaceDdlDialog() {}

  /** Shows the dialog; the statements to run instead, or empty when cancelled. */
  static Optional<List<String>> ask(Window owner, PausedDdl ddl) {
    DdlReplacementForm form = new DdlReplacementForm(ddl.targetSql());
    Dialog<List<String>> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle("Replace DDL");
    dialog.setResizable(true);
    dialog.setHeaderText("Run other SQL on the target instead of the rejected DDL");
    Label where =
        new Label(
            "Source " + ddl.sourceId() + " at " + ddl.position() + ". Target said: " + ddl.error());
    where.setWrapText(true);
    where.getStyleClass().add("text-muted");
    TextArea sql = new TextArea();
    sql.setId("replaceDdlSql");
    sql.getStyleClass().add("code");
    sql.setWrapText(true);
    sql.setPrefRowCount(8);
    sql.setPrefColumnCount(70);
    sql.textProperty().bindBidirectional(form.sqlProperty());
    VBox.setVgrow(sql, Priority.ALWAYS);
    Label hint =
        new Label(
            "One or more statements, separated by ; — write names as the target has them"
                + " (after routes). Empty runs nothing: use Skip DDL for that.");
    hint.setWrapText(true);
    hint.getStyleClass().add("field-hint");
    Label error = new Label();
    error.setId("replaceDdlError");
    Forms.bindError(error, form.errorProperty());
    Label summary = new Label();
    summary.getStyleClass().add("text-muted");
    summary.textProperty().bind(Bindings.createStringBinding(form::summary, form.sqlProperty()));
    summary.visibleProperty().bind(form.validProperty());
    for (Label l : new Label[] {where, hint, error}) {
      l.setWrapText(true);
      l.setMinHeight(Region.USE_PREF_SIZE); // wrap instead of cutting the text off
    }
    VBox content = new VBox(8, where, sql, hint, error, summary);
    content.setPrefWidth(640);
    dialog.getDialogPane().setContent(content);
    dialog.getDialogPane().getButtonTypes().setAll(REPLACE, ButtonType.CANCEL);
    Node ok = dialog.getDialogPane().lookupButton(REPLACE);
    ok.setId("replaceDdlOk");
    ok.disableProperty().bind(form.validProperty().not());
    dialog.setResultConverter(b -> b == REPLACE ? form.statements() : null);
    dialog.setOnShown(e -> sql.requestFocus());
    return dialog.showAndWait();
  }
}
