package dev.ferry.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FerryHomeTest {

  private static final String LINUX = "Linux";
  private static final String WINDOWS = "Windows 11";
  private static final String MAC = "Mac OS X";

  @TempDir Path dir;

  private final Map<String, String> env = new HashMap<>();
  private final Map<String, String> properties = new HashMap<>(Map.of("user.home", "/home/ann"));

  private Path resolve(String osName) {
    return FerryHome.resolve(osName, env, properties::get);
  }

  private void installed() {
    properties.put(FerryHome.INSTALLED_PROPERTY, "true");
  }

  @ParameterizedTest
  @ValueSource(strings = {LINUX, WINDOWS, MAC})
  void aSourceCheckoutUsesDotFerryInTheUsersHome(String os) {
    env.put("XDG_DATA_HOME", "/data");
    env.put("LOCALAPPDATA", "/local");

    assertThat(resolve(os)).isEqualTo(Path.of("/home/ann", ".ferry"));
  }

  @ParameterizedTest
  @ValueSource(strings = {LINUX, WINDOWS, MAC})
  void thePropertyWinsOverTheEnvironmentAndTheInstalledDefault(String os) {
    installed();
    env.put(FerryHome.ENV, "/from-env");
    properties.put(FerryHome.PROPERTY, "/from-property");

    assertThat(resolve(os)).isEqualTo(Path.of("/from-property"));
  }

  @ParameterizedTest
  @ValueSource(strings = {LINUX, WINDOWS, MAC})
  void theEnvironmentWinsOverTheInstalledDefault(String os) {
    installed();
    env.put(FerryHome.ENV, "/from-env");

    assertThat(resolve(os)).isEqualTo(Path.of("/from-env"));
  }

  @Test
  void blankOverridesAreIgnoredAndRelativeOnesMadeAbsolute() {
    properties.put(FerryHome.PROPERTY, " ");
    env.put(FerryHome.ENV, "relative/home");

    assertThat(resolve(LINUX)).isEqualTo(Path.of("relative/home").toAbsolutePath());
  }

  @Test
  void installedOnLinuxUsesXdgDataHome() {
    installed();
    env.put("XDG_DATA_HOME", "/data");

    assertThat(resolve(LINUX)).isEqualTo(Path.of("/data", "ferry"));
  }

  @Test
  void installedOnLinuxWithoutXdgDataHomeUsesLocalShare() {
    installed();

    assertThat(resolve(LINUX)).isEqualTo(Path.of("/home/ann", ".local", "share", "ferry"));
  }

  @Test
  void installedOnLinuxIgnoresARelativeXdgDataHome() {
    installed();
    env.put("XDG_DATA_HOME", "data");

    assertThat(resolve(LINUX)).isEqualTo(Path.of("/home/ann", ".local", "share", "ferry"));
  }

  @Test
  void installedOnWindowsUsesLocalAppData() {
    installed();
    env.put("LOCALAPPDATA", "C:\\Users\\ann\\AppData\\Local");

    assertThat(resolve(WINDOWS)).isEqualTo(Path.of("C:\\Users\\ann\\AppData\\Local", "Ferry"));
  }

  @Test
  void installedOnWindowsWithoutLocalAppDataUsesTheUsersAppDataLocal() {
    installed();

    assertThat(resolve(WINDOWS)).isEqualTo(Path.of("/home/ann", "AppData", "Local", "Ferry"));
  }

  @Test
  void installedOnMacUsesApplicationSupport() {
    installed();
    env.put("XDG_DATA_HOME", "/data");

    assertThat(resolve(MAC))
        .isEqualTo(Path.of("/home/ann", "Library", "Application Support", "Ferry"));
  }

  @Test
  void onlyTrueMeansInstalled() {
    properties.put(FerryHome.INSTALLED_PROPERTY, "yes");

    assertThat(resolve(LINUX)).isEqualTo(Path.of("/home/ann", ".ferry"));
  }

  @Test
  void thePropertyWinsAndInitialiseCreatesTheLogFolder() {
    String before = System.getProperty(FerryHome.PROPERTY);
    try {
      System.setProperty(FerryHome.PROPERTY, dir.resolve("home").toString());
      Path home = FerryHome.initialise();
      assertThat(home).isEqualTo(dir.resolve("home"));
      assertThat(Files.isDirectory(home.resolve("logs"))).isTrue();
    } finally {
      if (before == null) {
        System.clearProperty(FerryHome.PROPERTY);
      } else {
        System.setProperty(FerryHome.PROPERTY, before);
      }
    }
  }
}
