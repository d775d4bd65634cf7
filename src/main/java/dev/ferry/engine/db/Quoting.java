package dev.ferry.engine.db;

import dev.ferry.domain.TableId;

/** Quoting of identifiers and string literals for MySQL-compatible SQL. */
public final class Quoting {

  private Quoting() {}

  /** {@code name} as a back-quoted identifier: {@code `a``b`}. */
  public static String identifier(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /** {@code `schema`.`table`}. */
  public static String table(TableId table) {
    return identifier(table.schema()) + "." + identifier(table.table());
  }

  /** {@code `schema`.`table`}. */
  public static String table(String schema, String table) {
    return identifier(schema) + "." + identifier(table);
  }

  /**
   * {@code value} as a single-quoted string literal. Backslashes are doubled as well as quotes,
   * which is right under the default SQL mode; Ferry's own sessions never set {@code
   * NO_BACKSLASH_ESCAPES}.
   */
  public static String literal(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  /** {@code 'user'@'host'}, the account form GRANT and CREATE USER accept. */
  public static String account(String user, String host) {
    return literal(user) + "@" + literal(host);
  }
}
