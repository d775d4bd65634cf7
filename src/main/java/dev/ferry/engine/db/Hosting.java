package dev.ferry.engine.db;

/**
 * Where the server runs, when its variables give it away. Managed services forbid some statements
 * (FLUSH TABLES WITH READ LOCK, SET GLOBAL) and keep binlogs their own way, so the precheck's
 * fixes differ.
 */
public enum Hosting {
  SELF_MANAGED("self-managed"),
  /** Amazon RDS for MySQL/MariaDB: {@code basedir} under {@code /rdsdbbin}. */
  AWS_RDS("Amazon RDS"),
  /** Amazon Aurora MySQL: has {@code aurora_version}. */
  AWS_AURORA("Amazon Aurora");

  private final String displayName;

  Hosting(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  /** True for services where settings change through parameter groups, not SET GLOBAL. */
  public boolean isManaged() {
    return this != SELF_MANAGED;
  }
}
