package dev.ferry.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TemporalTextTest {

  private static byte[] hex(String h) {
    return HexFormat.of().parseHex(h);
  }

  @Test
  void datetimeKeepsEveryFieldAndFractionDigit() {
    assertThat(TemporalText.datetime2(hex("99b2bad38f"), 0)).isEqualTo("2024-02-29 13:14:15");
    assertThat(TemporalText.datetime2(hex("99b2bad38f01e240"), 6))
        .isEqualTo("2024-02-29 13:14:15.123456");
    assertThat(TemporalText.datetime2(hex("99b2bad38f04d2"), 4))
        .isEqualTo("2024-02-29 13:14:15.1234");
    assertThat(TemporalText.datetime2(hex("8000000000"), 0)).isEqualTo("0000-00-00 00:00:00");
  }

  @Test
  void zeroAndOrdinaryDates() {
    assertThat(TemporalText.date(hex("000000"))).isEqualTo("0000-00-00");
    int v = 2024 << 9 | 2 << 5 | 29;
    assertThat(TemporalText.date(new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16)}))
        .isEqualTo("2024-02-29");
  }

  @Test
  void timeHandlesNegativeValuesBeyondADayAndBorrowedFractions() {
    assertThat(TemporalText.time2(hex("800000"), 0)).isEqualTo("00:00:00");
    assertThat(TemporalText.time2(hex("4b9105"), 0)).isEqualTo("-838:59:59");
    assertThat(TemporalText.time2(hex("7fffffff"), 2)).isEqualTo("-00:00:00.01");
    assertThat(TemporalText.time2(hex("7f3747ffff"), 4)).isEqualTo("-12:34:56.0001");
    assertThat(TemporalText.time2(hex("7fffffffffff"), 6)).isEqualTo("-00:00:00.000001");
  }

  @Test
  void timestampIsPrintedInUtcAndZeroStaysZero() {
    assertThat(TemporalText.timestamp2(hex("00000001"), 0)).isEqualTo("1970-01-01 00:00:01");
    assertThat(TemporalText.timestamp2(hex("7fffffff0f423f"), 6))
        .isEqualTo("2038-01-19 03:14:07.999999");
    assertThat(TemporalText.timestamp2(hex("00000000"), 0)).isEqualTo("0000-00-00 00:00:00");
  }

  @Test
  void yearZeroIsTheZeroYear() {
    assertThat(TemporalText.year(0)).isEqualTo("0000");
    assertThat(TemporalText.year(255)).isEqualTo("2155");
  }
}
