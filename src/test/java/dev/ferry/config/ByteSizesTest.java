package dev.ferry.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizesTest {

  @ParameterizedTest
  @CsvSource({
    "64, 67108864",
    "64MiB, 67108864",
    "64M, 67108864",
    "64mb, 67108864",
    "1.5GiB, 1610612736",
    "512KiB, 524288",
    "100B, 100",
    "0, 0"
  })
  void parsesDmSizes(String text, long bytes) {
    assertThat(ByteSizes.parse(text)).isEqualTo(bytes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "lots", "-1", "64 XB", "MiB"})
  void rejectsWhatIsNotASize(String text) {
    assertThatThrownBy(() -> ByteSizes.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }
}
