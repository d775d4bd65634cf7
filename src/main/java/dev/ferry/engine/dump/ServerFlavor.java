package dev.ferry.engine.dump;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** Which server family a connection talks to, from {@code SELECT VERSION()}. */
public enum ServerFlavor {
  MYSQL,
  MARIADB,
  TIDB;

  public static ServerFlavor of(String version) {
    String v = version.toLowerCase(Locale.ROOT);
    if (v.contains("tidb")) {
      return TIDB;
    }
    return v.contains("mariadb") ? MARIADB : MYSQL;
  }

  public static ServerFlavor probe(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT VERSION()")) {
      rs.next();
      return of(new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
