package dev.ferry.engine.sync;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Decodes the binlog's temporal encodings straight to the text the server would print, so that no
 * JVM time zone, calendar or {@code java.util.Date} ever touches a value: zero dates, negative and
 * long TIME values and every fraction digit survive. TIMESTAMP values are seconds since the epoch
 * and are printed in UTC, the zone every Ferry target session is pinned to.
 */
final class TemporalText {

  private TemporalText() {}

  /** DATE: 3 bytes little-endian, {@code year << 9 | month << 5 | day}. */
  static String date(byte[] b) {
    int v = (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16;
    return ymd(v >> 9, (v >> 5) & 15, v & 31);
  }

  /** DATETIME2: 5 bytes big-endian packed, then {@code (fsp + 1) / 2} fraction bytes. */
  static String datetime2(byte[] b, int fsp) {
    long packed = bigEndian(b, 0, 5) - 0x8000000000L;
    long ymd = packed >> 17;
    long ym = ymd >> 5;
    long hms = packed % (1 << 17);
    return ymd((int) (ym / 13), (int) (ym % 13), (int) (ymd % 32))
        + " "
        + hms((int) (hms >> 12), (int) ((hms >> 6) % 64), (int) (hms % 64))
        + fraction(fractionMicros(b, 5, fsp), fsp);
  }

  /** TIMESTAMP2: 4 bytes big-endian seconds since the epoch, then the fraction bytes. */
  static String timestamp2(byte[] b, int fsp) {
    long seconds = bigEndian(b, 0, 4);
    int micros = fractionMicros(b, 4, fsp);
    return timestamp(seconds, micros, fsp);
  }

  /** TIMESTAMP (old format): 4 bytes little-endian seconds. */
  static String timestamp(long seconds, int micros, int fsp) {
    if (seconds == 0 && micros == 0) {
      return "0000-00-00 00:00:00" + fraction(0, fsp);
    }
    LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    return ymd(t.getYear(), t.getMonthValue(), t.getDayOfMonth())
        + " "
        + hms(t.getHour(), t.getMinute(), t.getSecond())
        + fraction(micros, fsp);
  }

  /**
   * TIME2: 3 bytes big-endian integer part (offset 0x800000) and fraction bytes, negative values
   * stored with a borrow from the integer part (MySQL {@code my_time_packed_from_binary}).
   */
  static String time2(byte[] b, int fsp) {
    long packed;
    switch (fsp) {
      case 0 -> packed = (bigEndian(b, 0, 3) - 0x800000L) << 24;
      case 1, 2 -> {
        long intPart = bigEndian(b, 0, 3) - 0x800000L;
        long frac = b[3] & 0xFF;
        if (intPart < 0 && frac != 0) {
          intPart++;
          frac -= 0x100;
        }
        packed = (intPart << 24) + frac * 10000;
      }
      case 3, 4 -> {
        long intPart = bigEndian(b, 0, 3) - 0x800000L;
        long frac = bigEndian(b, 3, 2);
        if (intPart < 0 && frac != 0) {
          intPart++;
          frac -= 0x10000;
        }
        packed = (intPart << 24) + frac * 100;
      }
      default -> packed = bigEndian(b, 0, 6) - 0x800000000000L;
    }
    boolean negative = packed < 0;
    if (negative) {
      packed = -packed;
    }
    long hms = packed >> 24;
    int micros = (int) (packed % (1L << 24));
    int hour = (int) ((hms >> 12) % (1 << 10));
    return (negative ? "-" : "")
        + hms(hour, (int) ((hms >> 6) % 64), (int) (hms % 64))
        + fraction(micros, fsp);
  }

  /** TIME (old format): 3 bytes little-endian signed {@code HHMMSS}. */
  static String time(byte[] b) {
    int v = (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | b[2] << 16;
    boolean negative = v < 0;
    v = Math.abs(v);
    return (negative ? "-" : "") + hms(v / 10000, (v / 100) % 100, v % 100);
  }

  /** DATETIME (old format): 8 bytes little-endian {@code YYYYMMDDhhmmss}. */
  static String datetime(long v) {
    long date = v / 1_000_000;
    long time = v % 1_000_000;
    return ymd((int) (date / 10000), (int) (date / 100 % 100), (int) (date % 100))
        + " "
        + hms((int) (time / 10000), (int) (time / 100 % 100), (int) (time % 100));
  }

  /** YEAR: one byte, years since 1900; 0 is the zero year. */
  static String year(int b) {
    return b == 0 ? "0000" : Integer.toString(1900 + b);
  }

  static int fractionMicros(byte[] b, int offset, int fsp) {
    return switch (fsp) {
      case 1, 2 -> (b[offset] & 0xFF) * 10000;
      case 3, 4 -> (int) bigEndian(b, offset, 2) * 100;
      case 5, 6 -> (int) bigEndian(b, offset, 3);
      default -> 0;
    };
  }

  /** Bytes a value of this fsp takes after its integer part. */
  static int fractionBytes(int fsp) {
    return (fsp + 1) / 2;
  }

  private static String fraction(int micros, int fsp) {
    if (fsp <= 0) {
      return "";
    }
    String six = String.format("%06d", micros);
    return "." + six.substring(0, Math.min(6, fsp));
  }

  private static String ymd(int y, int m, int d) {
    return String.format("%04d-%02d-%02d", y, m, d);
  }

  private static String hms(int h, int m, int s) {
    return String.format("%02d:%02d:%02d", h, m, s);
  }

  static long bigEndian(byte[] b, int offset, int length) {
    long v = 0;
    for (int i = 0; i < length; i++) {
      v = (v << 8) | (b[offset + i] & 0xFF);
    }
    return v;
  }
}
