package dev.ferry.engine.dump;

/**
 * One column of a source table, as {@code information_schema.COLUMNS} describes it.
 *
 * @param name the column name
 * @param dataType e.g. {@code bigint}
 * @param columnType the full type, e.g. {@code bigint(20) unsigned}
 * @param charset the character set of a text column, else null
 * @param collation the collation of a text column, else null
 * @param generated true for generated (virtual or stored) columns: never read or written, the
 *     target computes them
 */
public record Column(
    String name,
    String dataType,
    String columnType,
    String charset,
    String collation,
    boolean generated) {

  public ValueKind kind() {
    return ValueKind.of(dataType);
  }

  /** The name quoted for MySQL. */
  public String quoted() {
    return quote(name);
  }

  /** Quotes an identifier for MySQL. */
  public static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }

  /** The expression that reads this column exactly (see {@link ValueKind}). */
  public String selectExpression() {
    return switch (kind()) {
      case FLOAT -> quoted() + " + 0E0";
      case BIT -> quoted() + " + 0";
      default -> quoted();
    };
  }
}
