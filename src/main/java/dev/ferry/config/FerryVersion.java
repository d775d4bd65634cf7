package dev.ferry.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The product version, written into {@code ferry-version.properties} by the build. */
public final class FerryVersion {

  private static final String VERSION = load();

  private FerryVersion() {}

  public static String version() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = FerryVersion.class.getResourceAsStream("/ferry-version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
