package dev.ferry.config.project;

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
    "250us, PT0.00025S"
  })
  void parsesGoDurations(String text, Duration expected) {
    assertThat(GoDurations.parse(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"30", "1 minute", "s", "1d", "", "PT30S"})
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
}
