package dev.ferry.ui;

import atlantafx.base.theme.PrimerLight;
import dev.ferry.config.FerryHome;
import dev.ferry.service.RecentProjects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The JavaFX application: one main window. Started by {@code dev.ferry.Main}. */
public final class FerryApp extends Application {

  /** Launches the toolkit and blocks until the last window closes. */
  public static void launchApp() {
    Application.launch(FerryApp.class);
  }

  @Override
  public void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    MainWindowViewModel viewModel =
        new MainWindowViewModel(new RecentProjects(FerryHome.directory()), Platform::exit);
    MainWindowView.show(stage, viewModel);
  }
}
