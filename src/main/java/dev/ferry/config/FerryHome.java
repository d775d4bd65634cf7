package dev.ferry.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where Ferry keeps its state, logs and remembered settings: {@code $FERRY_HOME}, default {@code
 * ~/.ferry}. The system property {@code ferry.home} wins over the environment (tests use it).
 */
public final class FerryHome {

  public static final String PROPERTY = "ferry.home";
  public static final String ENV = "FERRY_HOME";

  private FerryHome() {}

  /** The directory, resolved from the property, the environment, then the default. */
  public static Path directory() {
    String fromProperty = System.getProperty(PROPERTY);
    if (fromProperty != null && !fromProperty.isBlank()) {
      return Path.of(fromProperty).toAbsolutePath();
    }
    String fromEnv = System.getenv(ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv).toAbsolutePath();
    }
    return Path.of(System.getProperty("user.home"), ".ferry");
  }

  /**
   * Creates the directory and its {@code logs} folder and publishes the resolved path as the
   * {@code ferry.home} system property, which the logging configuration reads. Call before the
   * first logger is created.
   */
  public static Path initialise() {
    Path home = directory();
    try {
      Files.createDirectories(home.resolve("logs"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create Ferry's home directory " + home, e);
    }
    System.setProperty(PROPERTY, home.toString());
    return home;
  }
}
