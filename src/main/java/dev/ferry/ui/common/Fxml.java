package dev.ferry.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads an FXML layout and its controller. */
public final class Fxml {

  private Fxml() {}

  /** A loaded layout: its root node and its controller. */
  public record Loaded<C>(Parent root, C controller) {}

  /** Loads {@code /fxml/<path>}; a missing or broken layout is a bug, hence unchecked. */
  public static <C> Loaded<C> load(String path) {
    URL url = Fxml.class.getResource("/fxml/" + path);
    if (url == null) {
      throw new IllegalStateException("Missing layout /fxml/" + path);
    }
    FXMLLoader loader = new FXMLLoader(url);
    try {
      Parent root = loader.load();
      return new Loaded<>(root, loader.getController());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load the layout /fxml/" + path, e);
    }
  }
}
