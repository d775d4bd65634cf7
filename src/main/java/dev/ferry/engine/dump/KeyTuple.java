package dev.ferry.engine.dump;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The value of a chunk key (one entry per key column) in a text form that is stored with the
 * chunk, so the chunk reads the same rows again after a restart. Numeric values are kept as their
 * decimal text; every other value as {@code x} + the hex of its exact bytes (in the column's own
 * character set), so no character set or collation can change it.
 */
public record KeyTuple(List<String> tokens) {

  private static final HexFormat HEX = HexFormat.of();

  public KeyTuple {
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a key tuple has at least one value");
    }
  }

  /** A tuple from the raw bytes of the key columns as read from the source. */
  public static KeyTuple fromBytes(List<Column> key, List<byte[]> values) {
    List<String> tokens = new ArrayList<>(key.size());
    for (int i = 0; i < key.size(); i++) {
      byte[] v = Objects.requireNonNull(values.get(i), "chunk keys are NOT NULL");
      tokens.add(
          key.get(i).kind().numeric()
              ? new String(v, java.nio.charset.StandardCharsets.US_ASCII)
              : "x" + HEX.formatHex(v));
    }
    return new KeyTuple(tokens);
  }

  /** The stored form: tokens joined by commas (neither form contains one). */
  public String encode() {
    return String.join(",", tokens);
  }

  /** Parses {@link #encode()}'s output; null stays null (an unbounded side). */
  public static KeyTuple decode(String encoded) {
    return encoded == null ? null : new KeyTuple(List.of(encoded.split(",", -1)));
  }

  /** The SQL literal of value {@code i} for comparisons with {@code column}. */
  public String literal(int i, Column column) {
    String token = tokens.get(i);
    if (!token.startsWith("x")) {
      if (!token.matches("[-+0-9.eE]+")) {
        throw new IllegalArgumentException("not a number: " + token);
      }
      return token;
    }
    String hex = token.substring(1);
    if (!hex.matches("[0-9a-f]*")) {
      throw new IllegalArgumentException("not hex: " + token);
    }
    return switch (column.kind()) {
      // The introducer and COLLATE make the literal compare like the column's own values.
      case TEXT ->
          column.charset() == null
              ? "x'" + hex + "'"
              : "_" + column.charset() + " x'" + hex + "' COLLATE " + column.collation();
      // Temporal text is ASCII; as a quoted string it compares as a date/time.
      case TEMPORAL -> "'" + new String(HEX.parseHex(hex), java.nio.charset.StandardCharsets.US_ASCII) + "'";
      default -> "x'" + hex + "'";
    };
  }

  @Override
  public String toString() {
    return encode();
  }
}
