package dev.ferry.config.dm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoDurationTest {

  @ParameterizedTest
  @CsvSource({
    "60s,60000",
    "1m30s,90000",
    "1.5h,5400000",
    "0s,0",
    "0,0",
    "250ms,250",
    "5m0s,300000"
  })
  void parsesGoDurations(String text, long millis) {
    assertThat(GoDuration.parse(text)).isEqualTo(Duration.ofMillis(millis));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "60", "s", "1m30", "abc", "-5s"})
  void rejectsWhatGoRejects(String text) {
    assertThatThrownBy(() -> GoDuration.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @CsvSource({"60000,1m0s", "90000,1m30s", "45000,45s", "0,0s", "1500,1.5s", "3723000,1h2m3s"})
  void formatsAsGoDoes(long millis, String text) {
    assertThat(GoDuration.format(Duration.ofMillis(millis))).isEqualTo(text);
    assertThat(GoDuration.parse(text)).isEqualTo(Duration.ofMillis(millis));
  }
}
