package dev.ferry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javax.imageio.ImageIO;

/** Saves node snapshots as PNG files under {@code target/screenshots/}. Call on the FX thread. */
public final class Screenshots {

  private Screenshots() {}

  public static Path save(Node node, String name) {
    try {
      Path dir = Files.createDirectories(TestServers.workDir().resolve("screenshots"));
      Path file = dir.resolve(name + ".png");
      ImageIO.write(SwingFXUtils.fromFXImage(node.snapshot(null, null), null), "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
