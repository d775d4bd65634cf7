package dev.ferry.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Where Ferry keeps its state, logs and remembered settings.
 *
 * <p>In order: the system property {@code ferry.home} (tests use it), the environment variable
 * {@code FERRY_HOME}, then a default. Run from a source checkout the default is {@code ~/.ferry}.
 * The installed app (whose launcher sets {@code -Dferry.installed=true}, see {@code installers/})
 * uses the operating system's usual per-user place instead:
 *
 * <ul>
 *   <li>Linux and other Unixes: {@code $XDG_DATA_HOME/ferry}, else {@code ~/.local/share/ferry}
 *   <li>Windows: {@code %LOCALAPPDATA%\Ferry}, else {@code ~\AppData\Local\Ferry}
 *   <li>macOS: {@code ~/Library/Application Support/Ferry}
 * </ul>
 */
public final class FerryHome {

  public static final String PROPERTY = "ferry.home";
  public static final String ENV = "FERRY_HOME";

  /** Set to {@code true} by the installed app's launcher; absent when run from a checkout. */
  public static final String INSTALLED_PROPERTY = "ferry.installed";

  private FerryHome() {}

  /** The directory, resolved from this JVM's properties and environment. */
  public static Path directory() {
    return resolve(System.getProperty("os.name", ""), System.getenv(), System::getProperty);
  }

  /**
   * The directory for the given operating system name ({@code os.name}), environment and system
   * properties; reads nothing else, so every case can be tested on any machine.
   */
  static Path resolve(String osName, Map<String, String> env, UnaryOperator<String> properties) {
    String fromProperty = properties.apply(PROPERTY);
    if (isSet(fromProperty)) {
      return Path.of(fromProperty).toAbsolutePath();
    }
    String fromEnv = env.get(ENV);
    if (isSet(fromEnv)) {
      return Path.of(fromEnv).toAbsolutePath();
    }
    String userHome = properties.apply("user.home");
    if (!Boolean.parseBoolean(properties.apply(INSTALLED_PROPERTY))) {
      return Path.of(userHome, ".ferry");
    }
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.startsWith("windows")) {
      String localAppData = env.get("LOCALAPPDATA");
      return isSet(localAppData)
          ? Path.of(localAppData, "Ferry")
          : Path.of(userHome, "AppData", "Local", "Ferry");
    }
    if (os.startsWith("mac")) {
      return Path.of(userHome, "Library", "Application Support", "Ferry");
    }
    // The XDG base directory spec says to ignore a relative XDG_DATA_HOME.
    String xdgDataHome = env.get("XDG_DATA_HOME");
    if (isSet(xdgDataHome) && Path.of(xdgDataHome).isAbsolute()) {
      return Path.of(xdgDataHome, "ferry");
    }
    return Path.of(userHome, ".local", "share", "ferry");
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  /**
   * Creates the directory and its {@code logs} folder and publishes the resolved path as the {@code
   * ferry.home} system property, which the logging configuration reads. Call before the first
   * logger is created.
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
