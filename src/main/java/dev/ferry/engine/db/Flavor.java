package dev.ferry.engine.db;

/** Which server software answers. */
public enum Flavor {
  MYSQL("MySQL"),
  MARIADB("MariaDB"),
  TIDB("TiDB");

  private final String displayName;

  Flavor(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }
}
