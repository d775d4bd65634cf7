package dev.ferry.ui.wizard;

import dev.ferry.config.TlsConfig;
import dev.ferry.ui.common.Forms;
import dev.ferry.ui.common.Fxml;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Controller of {@code fxml/wizard/ConnectionForm.fxml}. Can be re-bound to another form (the
 * Sources page shows the selected source in one form).
 */
public final class ConnectionFormView {

  @FXML private TextField hostField;
  @FXML private TextField portField;
  @FXML private TextField userField;
  @FXML private ComboBox<PasswordMode> passwordModeBox;
  @FXML private PasswordField passwordField;
  @FXML private TextField envField;
  @FXML private Label passwordHint;
  @FXML private ComboBox<TlsConfig.VerifyMode> tlsModeBox;
  @FXML private TextField sslCaField;
  @FXML private TextField sslCertField;
  @FXML private TextField sslKeyField;
  @FXML private Label sslCaError;
  @FXML private Label sslCertError;
  @FXML private Label sslKeyError;
  @FXML private Label hostError;
  @FXML private Label portError;
  @FXML private Label userError;
  @FXML private Label passwordError;
  @FXML private Label tlsError;
  @FXML private Button testButton;
  @FXML private ProgressIndicator testProgress;
  @FXML private Label testSummary;
  @FXML private VBox testLines;

  private ConnectionFormViewModel bound;
  private Runnable test = () -> {};
  private final ListChangeListener<CheckLine> linesListener = c -> showLines();

  /** Loads a form; {@link #bind} connects it. */
  static Fxml.Loaded<ConnectionFormView> load() {
    Fxml.Loaded<ConnectionFormView> loaded = Fxml.load("wizard/ConnectionForm.fxml");
    loaded.controller().init();
    return loaded;
  }

  private void init() {
    passwordModeBox.getItems().setAll(PasswordMode.values());
    tlsModeBox.getItems().setAll(TlsConfig.VerifyMode.values());
    tlsModeBox.setConverter(
        new javafx.util.StringConverter<>() {
          @Override
          public String toString(TlsConfig.VerifyMode mode) {
            return mode == null
                ? ""
                : switch (mode) {
                  case DISABLED -> "Off (plain connection)";
                  case PREFERRED -> "Preferred (TLS if the server offers it)";
                  case REQUIRED -> "Required (no certificate check)";
                  case VERIFY_CA -> "Required, verify the CA";
                  case VERIFY_IDENTITY -> "Required, verify CA and host name";
                };
          }

          @Override
          public TlsConfig.VerifyMode fromString(String text) {
            return null;
          }
        });
  }

  /** Shows {@code vm}; {@code onTest} runs the test (the page knows source or target). */
  void bind(ConnectionFormViewModel vm, Runnable onTest) {
    unbind();
    bound = vm;
    test = onTest;
    hostField.textProperty().bindBidirectional(vm.hostProperty());
    portField.textProperty().bindBidirectional(vm.portProperty());
    userField.textProperty().bindBidirectional(vm.userProperty());
    passwordModeBox.valueProperty().bindBidirectional(vm.passwordModeProperty());
    passwordField.textProperty().bindBidirectional(vm.passwordProperty());
    envField.textProperty().bindBidirectional(vm.envVariableProperty());
    tlsModeBox.valueProperty().bindBidirectional(vm.tlsModeProperty());
    sslCaField.textProperty().bindBidirectional(vm.sslCaProperty());
    sslCertField.textProperty().bindBidirectional(vm.sslCertProperty());
    sslKeyField.textProperty().bindBidirectional(vm.sslKeyProperty());
    passwordField
        .visibleProperty()
        .bind(vm.passwordModeProperty().isEqualTo(PasswordMode.REMEMBER));
    passwordField.managedProperty().bind(passwordField.visibleProperty());
    envField.visibleProperty().bind(vm.passwordModeProperty().isEqualTo(PasswordMode.ENV));
    envField.managedProperty().bind(envField.visibleProperty());
    passwordHint
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    switch (vm.passwordModeProperty().get()) {
                      case ASK -> "Ferry asks for it when the task starts; nothing is stored.";
                      case ENV -> "Ferry reads this environment variable when the task starts.";
                      case REMEMBER ->
                          vm.usesRememberedPassword()
                              ? "A password is remembered on this computer; type a new one to replace it."
                              : "Kept encrypted on this computer when you save; never written to the project file.";
                    },
                vm.passwordModeProperty(),
                vm.passwordProperty()));
    Forms.bindError(hostError, vm.errors().message(ConnectionFormViewModel.HOST));
    Forms.bindError(portError, vm.errors().message(ConnectionFormViewModel.PORT));
    Forms.bindError(userError, vm.errors().message(ConnectionFormViewModel.USER));
    Forms.bindError(passwordError, vm.errors().message(ConnectionFormViewModel.PASSWORD));
    Forms.bindError(tlsError, vm.errors().message(ConnectionFormViewModel.TLS));
    Forms.bindError(sslCaError, vm.errors().message(ConnectionFormViewModel.SSL_CA));
    Forms.bindError(sslCertError, vm.errors().message(ConnectionFormViewModel.SSL_CERT));
    Forms.bindError(sslKeyError, vm.errors().message(ConnectionFormViewModel.SSL_KEY));
    testButton.disableProperty().bind(vm.testingProperty());
    testProgress.visibleProperty().bind(vm.testingProperty());
    testSummary.textProperty().bind(vm.testSummaryProperty());
    vm.testLines().addListener(linesListener);
    showLines();
  }

  private void unbind() {
    if (bound == null) {
      return;
    }
    hostField.textProperty().unbindBidirectional(bound.hostProperty());
    portField.textProperty().unbindBidirectional(bound.portProperty());
    userField.textProperty().unbindBidirectional(bound.userProperty());
    passwordModeBox.valueProperty().unbindBidirectional(bound.passwordModeProperty());
    passwordField.textProperty().unbindBidirectional(bound.passwordProperty());
    envField.textProperty().unbindBidirectional(bound.envVariableProperty());
    tlsModeBox.valueProperty().unbindBidirectional(bound.tlsModeProperty());
    sslCaField.textProperty().unbindBidirectional(bound.sslCaProperty());
    sslCertField.textProperty().unbindBidirectional(bound.sslCertProperty());
    sslKeyField.textProperty().unbindBidirectional(bound.sslKeyProperty());
    bound.testLines().removeListener(linesListener);
  }

  private void showLines() {
    testLines.getChildren().clear();
    for (CheckLine line : bound.testLines()) {
      Label mark = new Label(line.mark());
      mark.getStyleClass()
          .add(line.ok() == null ? "mark-info" : line.ok() ? "mark-ok" : "mark-bad");
      Label label = new Label(line.label());
      label.getStyleClass().add("test-label");
      label.setMinWidth(130);
      Label value = new Label(line.value());
      value.setWrapText(true);
      testLines.getChildren().add(new HBox(8, mark, label, value));
    }
  }

  @FXML
  void onTest() {
    test.run();
  }

  @FXML
  void onBrowseCa() {
    browse("Choose the CA certificate", bound.sslCaProperty());
  }

  @FXML
  void onBrowseCert() {
    browse("Choose the client certificate", bound.sslCertProperty());
  }

  @FXML
  void onBrowseKey() {
    browse("Choose the client key", bound.sslKeyProperty());
  }

  /** A file chooser that starts where the field's file is; the choice goes into the field. */
  private void browse(String title, javafx.beans.property.StringProperty field) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("PEM files", "*.pem", "*.crt", "*.cer", "*.key"),
            new FileChooser.ExtensionFilter("All files", "*"));
    String current = field.get() == null ? "" : field.get().trim();
    if (!current.isEmpty()) {
      File dir = new File(current).getAbsoluteFile().getParentFile();
      if (dir != null && dir.isDirectory()) {
        chooser.setInitialDirectory(dir);
      }
    }
    File chosen = chooser.showOpenDialog(hostField.getScene().getWindow());
    if (chosen != null) {
      field.set(chosen.getAbsolutePath());
    }
  }

  /** The form's root, for embedding. */
  static Parent root(Fxml.Loaded<ConnectionFormView> loaded) {
    return loaded.root();
  }
}
