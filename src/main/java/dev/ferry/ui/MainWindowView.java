package dev.ferry.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.ferry.config.project.ProjectFiles;
import dev.ferry.service.ResumableTask;
import dev.ferry.ui.common.Fxml;
import dev.ferry.ui.dashboard.DashboardView;
import dev.ferry.ui.wizard.WizardView;
import java.io.File;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** Controller of {@code fxml/main/MainWindowView.fxml}: bindings only, logic in the view model. */
public final class MainWindowView {

  @FXML private StackPane content;
  @FXML private VBox startPage;
  @FXML private Menu recentMenu;
  @FXML private MenuItem saveItem;
  @FXML private MenuItem saveAsItem;
  @FXML private CheckMenuItem darkThemeItem;
  @FXML private ListView<Path> recentList;
  @FXML private ListView<ResumableTask> resumeList;
  @FXML private Label statusLabel;
  @FXML private Label versionLabel;

  private MainWindowViewModel viewModel;
  private Stage stage;
  private DashboardView dashboardView;

  /** Loads the window into {@code stage} and shows it. */
  public static MainWindowView show(Stage stage, MainWindowViewModel viewModel) {
    Fxml.Loaded<MainWindowView> loaded = Fxml.load("main/MainWindowView.fxml");
    MainWindowView view = loaded.controller();
    view.bind(stage, viewModel);
    Scene scene =
        new Scene(
            loaded.root(),
            Math.min(1280, javafx.stage.Screen.getPrimary().getVisualBounds().getWidth()),
            Math.min(860, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight()));
    scene.getStylesheets().add(MainWindowView.class.getResource("/css/ferry.css").toExternalForm());
    stage.setScene(scene);
    stage.titleProperty().bind(viewModel.titleProperty());
    stage.setMinWidth(900);
    stage.setMinHeight(600);
    stage.setOnCloseRequest(
        e -> {
          if (!view.confirmDiscard()) {
            e.consume();
          }
        });
    stage.show();
    return view;
  }

  private void bind(Stage stage, MainWindowViewModel viewModel) {
    this.stage = stage;
    this.viewModel = viewModel;
    statusLabel.textProperty().bind(viewModel.statusProperty());
    versionLabel.setText(viewModel.versionText());
    recentList.setItems(viewModel.recentProjects());
    recentList.setCellFactory(list -> new RecentProjectCell());
    recentList.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2) {
            openSelectedRecent();
          }
        });
    recentList.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER) {
            openSelectedRecent();
          }
        });
    resumeList.setItems(viewModel.resumableTasks());
    resumeList.setCellFactory(list -> new ResumeCell(viewModel::resume));
    recentMenu.disableProperty().bind(Bindings.isEmpty(viewModel.recentProjects()));
    viewModel.recentProjects().addListener((ListChangeListener<Path>) c -> fillRecentMenu());
    fillRecentMenu();
    saveItem.disableProperty().bind(viewModel.wizardProperty().isNull());
    saveAsItem.disableProperty().bind(viewModel.wizardProperty().isNull());
    darkThemeItem.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
    viewModel
        .darkThemeProperty()
        .addListener(
            (obs, was, dark) ->
                Application.setUserAgentStylesheet(
                    dark
                        ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet()));
    viewModel.screenProperty().addListener((obs, was, now) -> showScreen(now));
  }

  private void showScreen(MainWindowViewModel.Screen screen) {
    Node node =
        switch (screen) {
          case START -> startPage;
          case WIZARD -> WizardView.create(viewModel.wizardProperty().get(), stage, this::save);
          case DASHBOARD -> {
            if (dashboardView != null) {
              dashboardView.dispose();
            }
            dashboardView =
                DashboardView.create(viewModel.dashboardProperty().get(), viewModel::showWizard);
            yield dashboardView.root();
          }
        };
    if (screen != MainWindowViewModel.Screen.DASHBOARD && dashboardView != null) {
      dashboardView.dispose();
      dashboardView = null;
    }
    content.getChildren().setAll(node);
  }

  private void openSelectedRecent() {
    Path p = recentList.getSelectionModel().getSelectedItem();
    if (p != null && confirmDiscard()) {
      viewModel.openProject(p);
    }
  }

  private void fillRecentMenu() {
    recentMenu.getItems().clear();
    for (Path project : viewModel.recentProjects()) {
      MenuItem item = new MenuItem(project.toString());
      item.setOnAction(
          e -> {
            if (confirmDiscard()) {
              viewModel.openProject(project);
            }
          });
      recentMenu.getItems().add(item);
    }
  }

  /** Asks whether to save unsaved changes; false when the user cancels. */
  boolean confirmDiscard() {
    if (!viewModel.hasUnsavedChanges()) {
      return true;
    }
    ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
    ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
    Alert alert =
        new Alert(
            Alert.AlertType.CONFIRMATION,
            "The project has unsaved changes.",
            save,
            discard,
            ButtonType.CANCEL);
    alert.setHeaderText("Save the changes first?");
    alert.initOwner(stage);
    ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
    if (answer == save) {
      save(false);
      return !viewModel.hasUnsavedChanges();
    }
    return answer == discard;
  }

  private void save(boolean askName) {
    Path file = null;
    if (askName || viewModel.needsFileName()) {
      FileChooser chooser = new FileChooser();
      chooser.setTitle("Save Ferry project");
      chooser
          .getExtensionFilters()
          .add(new FileChooser.ExtensionFilter("Ferry project", "*" + ProjectFiles.EXTENSION));
      File f = chooser.showSaveDialog(stage);
      if (f == null) {
        return;
      }
      file = f.toPath();
    }
    viewModel.save(file, () -> {});
  }

  @FXML
  void onNew() {
    if (confirmDiscard()) {
      viewModel.newProject();
    }
  }

  @FXML
  void onOpen() {
    if (!confirmDiscard()) {
      return;
    }
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open Ferry project");
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter("Ferry project", "*" + ProjectFiles.EXTENSION));
    File file = chooser.showOpenDialog(stage);
    viewModel.openProject(file == null ? null : file.toPath());
  }

  @FXML
  void onSave() {
    save(false);
  }

  @FXML
  void onSaveAs() {
    save(true);
  }

  @FXML
  void onStartPage() {
    viewModel.showStart();
  }

  @FXML
  void onQuit() {
    if (confirmDiscard()) {
      viewModel.quit();
    }
  }
}
