package dev.ferry.engine.dump;

import java.util.Locale;

/**
 * How a column's values travel from source to target. Every kind has one exact text or byte form;
 * see docs/decisions/0006-chunking-and-consistency.md for why each was chosen.
 */
public enum ValueKind {
  /** TINYINT..BIGINT, signed or unsigned: decimal text. */
  INTEGER,
  /** DECIMAL/NUMERIC: the server's exact decimal text. */
  DECIMAL,
  /** FLOAT: read as {@code col + 0E0} (double text) because FLOAT's own text is rounded. */
  FLOAT,
  /** DOUBLE/REAL: the server's shortest round-trip text. */
  DOUBLE,
  /** BIT(n): read as {@code col + 0} (unsigned decimal), written through a user variable. */
  BIT,
  /** DATE, DATETIME, TIMESTAMP, TIME, YEAR: text, with the session zone pinned to UTC. */
  TEMPORAL,
  /** CHAR/VARCHAR/TEXT/ENUM/SET/JSON: the bytes in the column's own character set. */
  TEXT,
  /** BINARY/VARBINARY/BLOB: raw bytes. */
  BINARY,
  /** GEOMETRY and its subtypes: the server's internal bytes (SRID + WKB). */
  GEOMETRY;

  /** The kind of an {@code information_schema.COLUMNS.DATA_TYPE} value. */
  public static ValueKind of(String dataType) {
    return switch (dataType.toLowerCase(Locale.ROOT)) {
      case "tinyint", "smallint", "mediumint", "int", "integer", "bigint" -> INTEGER;
      case "decimal", "numeric" -> DECIMAL;
      case "float" -> FLOAT;
      case "double", "real", "double precision" -> DOUBLE;
      case "bit" -> BIT;
      case "date", "datetime", "timestamp", "time", "year" -> TEMPORAL;
      case "char", "varchar", "tinytext", "text", "mediumtext", "longtext", "enum", "set", "json" ->
          TEXT;
      case "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob" -> BINARY;
      case "geometry",
          "point",
          "linestring",
          "polygon",
          "multipoint",
          "multilinestring",
          "multipolygon",
          "geometrycollection",
          "geomcollection" ->
          GEOMETRY;
      // Unknown types (e.g. MariaDB's INET6, UUID) travel as text in their own format.
      default -> TEXT;
    };
  }

  /** True when the value's text is plain ASCII that SQL accepts unquoted (numbers). */
  public boolean numeric() {
    return this == INTEGER || this == DECIMAL || this == FLOAT || this == DOUBLE || this == BIT;
  }
}
