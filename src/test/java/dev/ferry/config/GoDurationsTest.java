package dev.ferry.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoDurationsTest {

  @ParameterizedTest
  @CsvSource({
    "0s, PT0S",
    "30s, PT30S",
    "1m30s, PT1M30S",
    "1h, PT1H",
    "2h0m5s, PT2H5S",
    "500ms, PT0.5S",
    "1.5s, PT1.5S",
    "-2s, PT-2S",
    "250us, PT0.00025S",
    "60s, PT1M",
    "1.5h, PT1H30M",
    "0, PT0S",
    "5m0s, PT5M",
    ".5s, PT0.5S"
  })
  void parsesGoDurations(String text, Duration expected) {
    assertThat(GoDurations.parse(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"30", "1 minute", "s", "1d", "", "PT30S", "60", "1m30", "abc"})
  void rejectsOtherText(String text) {
    assertThat(GoDurations.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PT0S",
        "PT30S",
        "PT1M30S",
        "PT2H5S",
        "PT0.5S",
        "PT1.5S",
        "PT-2S",
        "PT0.000001S",
        "PT26H"
      })
  void formatsWhatItParsesBack(Duration duration) {
    assertThat(GoDurations.parse(GoDurations.format(duration))).contains(duration);
  }

  @ParameterizedTest
  @CsvSource({
    "60000, 1m0s",
    "90000, 1m30s",
    "45000, 45s",
    "0, 0s",
    "1500, 1.5s",
    "3723000, 1h2m3s",
    "500, 500ms",
    "-2000, -2s"
  })
  void formatsAsGoDoes(long millis, String text) {
    assertThat(GoDurations.format(Duration.ofMillis(millis))).isEqualTo(text);
  }
}
