package dev.ferry.ui;

import dev.ferry.config.FerryVersion;
import dev.ferry.service.RecentProjects;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State and actions of the main window. Touches no controls, so plain JUnit tests drive it. */
public final class MainWindowViewModel {

  static final String NOT_YET =
      "Project files and the task wizard are not part of this build yet: this window is the"
          + " application shell only.";

  private final RecentProjects recentProjects;
  private final Runnable quitAction;
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Ferry");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Ready");
  private final ObservableList<Path> recent = FXCollections.observableArrayList();
  private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);

  public MainWindowViewModel(RecentProjects recentProjects, Runnable quitAction) {
    this.recentProjects = recentProjects;
    this.quitAction = quitAction;
    recent.setAll(recentProjects.list());
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ObservableList<Path> recentProjects() {
    return recent;
  }

  public BooleanProperty darkThemeProperty() {
    return darkTheme;
  }

  public String versionText() {
    return "Ferry " + FerryVersion.version();
  }

  public void newProject() {
    status.set(NOT_YET);
  }

  public void openProject(Path file) {
    if (file == null) {
      status.set("Open cancelled.");
      return;
    }
    status.set(NOT_YET + " Cannot open " + file.getFileName() + ".");
  }

  public void quit() {
    quitAction.run();
  }
}
