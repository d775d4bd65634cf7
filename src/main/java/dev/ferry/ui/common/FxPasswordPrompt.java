package dev.ferry.ui.common;

import dev.ferry.config.secret.PasswordPrompt;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/**
 * Asks for a password in a dialog. Called from background threads (connection tests, precheck,
 * start): it shows the dialog on the UI thread and waits for the answer.
 */
public final class FxPasswordPrompt implements PasswordPrompt {

  @Override
  public Optional<String> ask(String purpose) {
    if (Platform.isFxApplicationThread()) {
      return show(purpose);
    }
    CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
    Platform.runLater(() -> answer.complete(show(purpose)));
    try {
      return answer.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> show(String purpose) {
    Dialog<String> dialog = new Dialog<>();
    dialog.setTitle("Password");
    dialog.setHeaderText("Password of " + purpose);
    PasswordField field = new PasswordField();
    field.setId("promptPassword");
    dialog.getDialogPane().setContent(new VBox(8, field));
    dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
    dialog.setResultConverter(b -> b == ButtonType.OK ? field.getText() : null);
    Platform.runLater(field::requestFocus);
    return dialog.showAndWait();
  }
}
