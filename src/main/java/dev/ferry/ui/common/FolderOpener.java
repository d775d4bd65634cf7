package dev.ferry.ui.common;

import java.awt.Desktop;
import java.nio.file.Path;
import javafx.application.HostServices;

/**
 * Opens a folder in the desktop's file manager. Called off the UI thread; false when this machine
 * has no way to (headless, no desktop integration), so the caller shows the path instead.
 */
@FunctionalInterface
public interface FolderOpener {

  boolean open(Path folder) throws Exception;

  /** Never opens anything: for tests and headless runs. */
  static FolderOpener none() {
    return folder -> false;
  }

  /** {@link #system(HostServices)} with the services the application registered, if any. */
  static FolderOpener system() {
    return system(App.services);
  }

  /** Where the running application leaves its {@link HostServices} (set once at start). */
  final class App {
    private static volatile HostServices services;

    private App() {}

    public static void register(HostServices hostServices) {
      services = hostServices;
    }
  }

  /**
   * The application's {@link HostServices} when there are any (they hand the folder to the
   * desktop's opener), otherwise AWT's {@link Desktop} when it supports opening files.
   */
  static FolderOpener system(HostServices hostServices) {
    return folder -> {
      if (hostServices != null) {
        hostServices.showDocument(folder.toUri().toString());
        return true;
      }
      if (!java.awt.GraphicsEnvironment.isHeadless()
          && Desktop.isDesktopSupported()
          && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
        Desktop.getDesktop().open(folder.toFile());
        return true;
      }
      return false;
    };
  }
}
