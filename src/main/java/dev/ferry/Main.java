package dev.ferry;

import dev.ferry.cli.FerryCli;
import dev.ferry.config.FerryHome;
import dev.ferry.ui.FerryApp;

/**
 * Entry point. With no arguments Ferry opens its window; with arguments it runs the command line.
 *
 * <p>This class must not extend {@code javafx.application.Application}: with JavaFX on the class
 * path (not the module path) the launcher refuses such a main class.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Before any logger exists: logback reads ferry.home to place its files.
    FerryHome.initialise();
    if (args.length == 0) {
      FerryApp.launchApp();
    } else {
      System.exit(FerryCli.run(args));
    }
  }
}
