package dev.ferry.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** Controller of {@code fxml/main/MainWindowView.fxml}: bindings only, logic in the view model. */
public final class MainWindowView {

  @FXML private Menu recentMenu;
  @FXML private CheckMenuItem darkThemeItem;
  @FXML private ListView<Path> recentList;
  @FXML private Label statusLabel;
  @FXML private Label versionLabel;

  private MainWindowViewModel viewModel;
  private Stage stage;

  /** Loads the window into {@code stage} and shows it. */
  public static MainWindowView show(Stage stage, MainWindowViewModel viewModel) {
    FXMLLoader loader = new FXMLLoader(MainWindowView.class.getResource("/fxml/main/MainWindowView.fxml"));
    Parent root;
    try {
      root = loader.load();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load the main window layout", e);
    }
    MainWindowView view = loader.getController();
    view.bind(stage, viewModel);
    Scene scene = new Scene(root, 1100, 720);
    scene.getStylesheets().add(MainWindowView.class.getResource("/css/ferry.css").toExternalForm());
    stage.setScene(scene);
    stage.titleProperty().bind(viewModel.titleProperty());
    stage.setMinWidth(800);
    stage.setMinHeight(560);
    stage.show();
    return view;
  }

  private void bind(Stage stage, MainWindowViewModel viewModel) {
    this.stage = stage;
    this.viewModel = viewModel;
    statusLabel.textProperty().bind(viewModel.statusProperty());
    versionLabel.setText(viewModel.versionText());
    recentList.setItems(viewModel.recentProjects());
    recentMenu.disableProperty().bind(Bindings.isEmpty(viewModel.recentProjects()));
    viewModel.recentProjects().addListener((javafx.collections.ListChangeListener<Path>) c -> fillRecentMenu());
    fillRecentMenu();
    darkThemeItem.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
    viewModel
        .darkThemeProperty()
        .addListener(
            (obs, was, dark) ->
                Application.setUserAgentStylesheet(
                    dark
                        ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet()));
  }

  private void fillRecentMenu() {
    recentMenu.getItems().clear();
    for (Path project : viewModel.recentProjects()) {
      MenuItem item = new MenuItem(project.toString());
      item.setOnAction(e -> viewModel.openProject(project));
      recentMenu.getItems().add(item);
    }
  }

  @FXML
  void onNew() {
    viewModel.newProject();
  }

  @FXML
  void onOpen() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open Ferry project");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Ferry project", "*.ferry"));
    java.io.File file = chooser.showOpenDialog(stage);
    viewModel.openProject(file == null ? null : file.toPath());
  }

  @FXML
  void onQuit() {
    viewModel.quit();
  }
}
