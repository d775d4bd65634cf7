package dev.ferry.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @ParameterizedTest
  @CsvSource({"1,1", "2,2", "3,4", "4,8", "9,256", "10,300", "50,300"})
  void startsAtOneSecondDoublesAndCapsAtFiveMinutes(int attempt, long seconds) {
    assertThat(RetryPolicy.DEFAULT.delay(attempt)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @Test
  void attemptsStartAtOne() {
    assertThatThrownBy(() -> RetryPolicy.DEFAULT.delay(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
