package dev.ferry.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.BinlogPosition;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SafeModePolicyTest {

  private static final BinlogPosition START = BinlogPosition.of("bin.000002", 100);

  @Test
  void anExitPointKeepsSafeModeOnUntilPassed() {
    SafeModePolicy p =
        SafeModePolicy.atStart(false, BinlogPosition.of("bin.000002", 500), START, Duration.ZERO);
    assertThat(p.active(BinlogPosition.of("bin.000002", 500))).isTrue();
    assertThat(p.active(BinlogPosition.of("bin.000002", 501))).isFalse();
    assertThat(p.active(BinlogPosition.of("bin.000003", 4))).isFalse();
  }

  @Test
  void withoutExitPointSafeModeLastsTheDuration() {
    assertThat(SafeModePolicy.atStart(false, null, START, Duration.ofMinutes(1)).active(START))
        .isTrue();
    assertThat(SafeModePolicy.atStart(false, null, START, Duration.ZERO).active(START)).isFalse();
  }

  @Test
  void anExitPointAtTheStartIsIgnoredAndTheSettingAlwaysWins() {
    assertThat(SafeModePolicy.atStart(false, START, START, Duration.ZERO).active(START)).isFalse();
    assertThat(
            SafeModePolicy.atStart(true, null, START, Duration.ZERO)
                .active(BinlogPosition.of("bin.000009", 4)))
        .isTrue();
  }
}
