package dev.ferry.engine.db;

/**
 * A MySQL account as the server sees it ({@code CURRENT_USER()}): user and host pattern. The host
 * may be a pattern such as {@code %} or {@code 10.0.%}; GRANT statements must name exactly this.
 */
public record Account(String user, String host) {

  /** Parses {@code user@host}; the last {@code @} separates them (user names may contain one). */
  public static Account parse(String currentUser) {
    String s = currentUser == null ? "" : currentUser;
    int at = s.lastIndexOf('@');
    return at < 0 ? new Account(s, "%") : new Account(s.substring(0, at), s.substring(at + 1));
  }

  /** {@code 'user'@'host'}, ready for GRANT. */
  public String sql() {
    return Quoting.account(user, host);
  }

  @Override
  public String toString() {
    return sql();
  }
}
