package dev.ferry.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FerryHomeTest {

  @TempDir Path dir;

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
