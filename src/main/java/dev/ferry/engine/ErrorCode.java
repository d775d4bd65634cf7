package dev.ferry.engine;

/**
 * Every error Ferry reports: a stable code, a category, a message template ({@link
 * String#format} arguments), the action that fixes it, and whether the engine retries it by
 * itself. "Retryable" is decided here, from the code, never by matching message text.
 */
public enum ErrorCode {
  // Configuration and project files
  CONFIG_INVALID(1001, Category.CONFIG, false, "The task configuration has errors: %s",
      "Correct the listed fields in the wizard or the project file, then start again."),
  SECRET_UNAVAILABLE(1002, Category.CONFIG, false, "The password for %s is not available: %s",
      "Set the environment variable or enter the password again, then start again."),

  // Connections
  CONNECTION_FAILED(2001, Category.CONNECTION, true, "Cannot connect to %s: %s",
      "Check that the server is running and reachable (host, port, firewall); Ferry retries by itself."),
  CONNECTION_LOST(2002, Category.CONNECTION, true, "The connection to %s was lost: %s",
      "Ferry reconnects by itself; if this repeats, check the network and the server's logs."),
  AUTH_FAILED(2003, Category.AUTH, false, "%s refused the login: %s",
      "Check the user name and password for this server."),
  PRIVILEGE_MISSING(2004, Category.AUTH, false, "The account on %s lacks a privilege: %s",
      "Grant the missing privilege (the precheck shows the exact GRANT statement), then resume."),
  TOO_MANY_CONNECTIONS(2005, Category.CONNECTION, true, "%s has too many connections: %s",
      "Ferry retries by itself; lower Ferry's thread counts or raise max_connections."),
  TLS_FAILED(2006, Category.CONNECTION, false, "The TLS handshake with %s failed: %s",
      "Check the CA, certificate and key files and the verify mode."),
  QUERY_TIMEOUT(2007, Category.CONNECTION, true, "A statement on %s ran out of time: %s",
      "Ferry retries by itself; if this repeats, check the server's load and its statement time limits."),

  // Source binlog
  BINLOG_DISABLED(3001, Category.BINLOG, false, "The binary log is off on %s",
      "Start the source with log_bin enabled (and binlog_format=ROW, binlog_row_image=FULL)."),
  BINLOG_PURGED(3002, Category.BINLOG, false, "The binlog needed to continue is gone from %s: %s",
      "Run the full copy again for the task (or the affected tables), then resume the sync."),

  // Data and DDL on the target
  TARGET_DATA_ERROR(4001, Category.DATA, false, "The target rejected a row for %s: %s",
      "Fix the conflicting data on the target (or change on-duplicate), then resume."),
  TARGET_DDL_REJECTED(4002, Category.DDL, false, "The target rejected the DDL %s: %s",
      "Skip the statement or replace it with SQL the target accepts, then resume."),
  DEADLOCK(4003, Category.DATA, true, "A transaction on %s was rolled back (deadlock or lock wait): %s",
      "Ferry retries by itself."),
  SHARD_DDL_CONFLICT(4004, Category.DDL, false, "Shard DDL conflict on %s: %s",
      "Make the shard tables' schemas compatible, or resolve the DDL by hand, then resume."),
  TARGET_READ_ONLY(4005, Category.DATA, false, "%s is read-only: %s",
      "Write to the primary, or turn off read_only / super_read_only on this server, then resume."),
  SQL_FAILED(4006, Category.DATA, false, "%s rejected a statement: %s",
      "Read the server's message, fix the cause on that server, then resume."),

  SCHEMA_UNTRACKED(4007, Category.DDL, false, "Ferry cannot follow the schema of %s: %s",
      "Skip or replace the statement (binlog skip/replace), or run the full copy again for the table, then resume."),
  DDL_BLOCKED(4008, Category.DDL, false, "A binlog filter rule with action Error stopped the task at %s: %s",
      "Handle the statement by hand on the target, then skip it (binlog skip) or change the filter rule, and resume."),
  TARGET_TABLE_EXISTS(4009, Category.DATA, false,
      "%s table(s) already exist on the target and on-existing-table is fail: %s",
      "Drop or rename those tables on the target, or set on-existing-table (wizard: Options, \"Existing"
          + " target tables\") to append or recreate, then start again."),

  SCHEMA_CHANGED_AT_COPY_START(4010, Category.DDL, false,
      "The definition of %s changed while the full copy was starting (a DDL ran between reading it and"
          + " opening the snapshot)",
      "Keep DDL off the selected tables during the full copy. Then drop the task's target tables and"
          + " start a new task (or set on-existing-table to recreate), so they are created from the new"
          + " definition."),

  // Precheck
  PRECHECK_FAILED(5001, Category.PRECHECK, false, "The precheck found %s error(s)",
      "Fix the errors listed by the precheck (each shows its fix), then run it again."),

  // Local state
  STORE_FAILED(6001, Category.STORE, false, "Ferry's local state store failed: %s",
      "Check free disk space and permissions of FERRY_HOME; see the log for details."),
  TASK_LOCKED(6002, Category.STORE, false, "The task is already running in another Ferry process: %s",
      "Stop the other process first, or wait for it to finish."),

  UNIT_UNAVAILABLE(9002, Category.INTERNAL, false, "The %s unit is not available in this build of Ferry",
      "Choose a task mode this build supports (see the README), or update Ferry."),
  INTERNAL(9001, Category.INTERNAL, false, "Unexpected error: %s",
      "This is a bug in Ferry. The log file has the details; please report it.");

  /** What kind of problem it is; the UI groups and colours by it. */
  public enum Category {
    CONFIG,
    CONNECTION,
    AUTH,
    BINLOG,
    DATA,
    DDL,
    PRECHECK,
    STORE,
    INTERNAL
  }

  private final int code;
  private final Category category;
  private final boolean retryable;
  private final String template;
  private final String action;

  ErrorCode(int code, Category category, boolean retryable, String template, String action) {
    this.code = code;
    this.category = category;
    this.retryable = retryable;
    this.template = template;
    this.action = action;
  }

  /** The stable number shown to users, e.g. {@code FERRY-2003}. */
  public String id() {
    return "FERRY-" + code;
  }

  public int code() {
    return code;
  }

  public Category category() {
    return category;
  }

  /** True for transient faults the engine retries with back-off (auto-resume). */
  public boolean retryable() {
    return retryable;
  }

  public String format(Object... args) {
    return String.format(template, args);
  }

  public String suggestedAction() {
    return action;
  }
}
