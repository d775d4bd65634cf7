package dev.ferry.engine.ddl;

import java.util.List;
import java.util.Locale;

/**
 * A tracked column: what decoding a row image and writing it to the target need.
 *
 * @param type the base type, lower case and canonical ({@code int}, {@code varchar}, {@code
 *     decimal}, {@code enum}, ...; synonyms such as {@code integer} or {@code numeric} resolved)
 * @param typeText the type as written, with length and attributes ({@code int(10) unsigned})
 * @param charset the resolved character set of a text column ({@code utf8mb4}, {@code latin1}),
 *     null for other types
 * @param collation the column's collation when written or implied; may be null
 * @param values the members of an ENUM or SET, in order
 * @param generated a generated column: its value is computed, never written
 */
public record ColumnDef(
    String name,
    String type,
    String typeText,
    boolean unsigned,
    String charset,
    String collation,
    List<String> values,
    boolean nullable,
    boolean generated) {

  public ColumnDef {
    values = values == null ? List.of() : List.copyOf(values);
  }

  public boolean isText() {
    return switch (type) {
      case "char", "varchar", "tinytext", "text", "mediumtext", "longtext", "json" ->
          charset != null;
      default -> false;
    };
  }

  /** True for string columns compared case-insensitively ({@code _ci} collations). */
  public boolean caseInsensitive() {
    return isText() && (collation == null || collation.toLowerCase(Locale.ROOT).endsWith("_ci"));
  }

  public ColumnDef withName(String newName) {
    return new ColumnDef(
        newName, type, typeText, unsigned, charset, collation, values, nullable, generated);
  }

  public ColumnDef withCharset(String newCharset, String newCollation) {
    return new ColumnDef(
        name, type, typeText, unsigned, newCharset, newCollation, values, nullable, generated);
  }

  /** True for types that carry a character set. */
  static boolean takesCharset(String type) {
    return switch (type) {
      case "char", "varchar", "tinytext", "text", "mediumtext", "longtext", "enum", "set" -> true;
      default -> false;
    };
  }
}
