package dev.ferry.engine.sync;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * MySQL character sets as Java charsets, for turning row-image bytes into strings. MySQL's latin1
 * is cp1252 except that the five bytes cp1252 leaves undefined map to the C1 controls; Java's
 * windows-1252 would turn them into U+FFFD, so latin1 is decoded here by hand.
 */
final class Charsets {

  private static final Map<String, String> JAVA_NAMES =
      Map.ofEntries(
          Map.entry("utf8", "UTF-8"),
          Map.entry("utf8mb3", "UTF-8"),
          Map.entry("utf8mb4", "UTF-8"),
          Map.entry("ascii", "US-ASCII"),
          Map.entry("ucs2", "UTF-16BE"),
          Map.entry("utf16", "UTF-16BE"),
          Map.entry("utf16le", "UTF-16LE"),
          Map.entry("utf32", "UTF-32BE"),
          Map.entry("latin2", "ISO-8859-2"),
          Map.entry("latin5", "ISO-8859-9"),
          Map.entry("latin7", "ISO-8859-13"),
          Map.entry("greek", "ISO-8859-7"),
          Map.entry("hebrew", "ISO-8859-8"),
          Map.entry("cp1250", "windows-1250"),
          Map.entry("cp1251", "windows-1251"),
          Map.entry("cp1256", "windows-1256"),
          Map.entry("cp1257", "windows-1257"),
          Map.entry("koi8r", "KOI8-R"),
          Map.entry("koi8u", "KOI8-U"),
          Map.entry("gbk", "GBK"),
          Map.entry("gb2312", "GB2312"),
          Map.entry("gb18030", "GB18030"),
          Map.entry("big5", "Big5"),
          Map.entry("sjis", "Shift_JIS"),
          Map.entry("cp932", "windows-31j"),
          Map.entry("ujis", "EUC-JP"),
          Map.entry("eucjpms", "EUC-JP"),
          Map.entry("euckr", "EUC-KR"),
          Map.entry("tis620", "TIS-620"));

  private static final char[] LATIN1 = latin1Table();

  /** MySQL charset name (as the schema spells it) → Java charset; looked up once per name. */
  private static final Map<String, Charset> JAVA = new ConcurrentHashMap<>();

  /** Stands for MySQL's latin1, decoded with {@link #LATIN1}. */
  private static final Charset LATIN1_MARK = StandardCharsets.ISO_8859_1;

  private Charsets() {}

  /** True when {@link #decode} is exact for this charset; others travel as bytes. */
  static boolean known(String mysqlCharset) {
    String c = mysqlCharset.toLowerCase(Locale.ROOT);
    return c.equals("latin1") || JAVA_NAMES.containsKey(c);
  }

  static String decode(byte[] bytes, String mysqlCharset) {
    Charset java = JAVA.computeIfAbsent(mysqlCharset, Charsets::javaCharset);
    if (java == LATIN1_MARK) {
      char[] out = new char[bytes.length];
      for (int i = 0; i < bytes.length; i++) {
        out[i] = LATIN1[bytes[i] & 0xFF];
      }
      return new String(out);
    }
    return new String(bytes, java);
  }

  private static Charset javaCharset(String mysqlCharset) {
    String c = mysqlCharset.toLowerCase(Locale.ROOT);
    if (c.equals("latin1")) {
      return LATIN1_MARK;
    }
    String java = JAVA_NAMES.get(c);
    return java == null ? StandardCharsets.UTF_8 : Charset.forName(java);
  }

  private static char[] latin1Table() {
    char[] table = new char[256];
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    String cp1252 = new String(all, Charset.forName("windows-1252"));
    for (int i = 0; i < 256; i++) {
      char ch = cp1252.charAt(i);
      table[i] = ch == '\uFFFD' ? (char) i : ch; // 0x81, 0x8D, 0x8F, 0x90, 0x9D
    }
    return table;
  }
}
