package dev.ferry.engine.db;

/**
 * What kind of database failure a {@link DbException} is, decided from vendor error codes, SQL
 * states and exception types (never from message text). The engine API turns each kind into its
 * user-facing error code; this package does not depend on the API, so that the API can depend on it
 * without a package cycle (see {@code docs/decisions/0005-precheck.md}).
 */
public enum DbError {
  /** The password for the server is not available in memory (not resolved by the caller). */
  SECRET_UNAVAILABLE(false),
  /** The server refused the login (wrong user/password, account locked or expired). */
  AUTH_FAILED(false),
  /** The account lacks a privilege for a statement. */
  PRIVILEGE_MISSING(false),
  /** No connection could be opened (refused, unreachable, unknown host, handshake timeout). */
  CONNECTION_FAILED(true),
  /** An open connection broke. */
  CONNECTION_LOST(true),
  /** The TLS handshake failed or the TLS material could not be read. */
  TLS_FAILED(false),
  /** The server or the account ran out of connections. */
  TOO_MANY_CONNECTIONS(true),
  /** A statement ran longer than its time limit. */
  QUERY_TIMEOUT(true),
  /** Deadlock or lock wait timeout: the transaction was rolled back. */
  LOCK_CONFLICT(true),
  /** The binlog file or GTID a reader asked for is no longer on the server. */
  BINLOG_PURGED(false),
  /** A row with the same primary or unique key already exists. */
  DUPLICATE_KEY(false),
  /** A value was rejected (out of range, too long, NULL, foreign key, invalid). */
  DATA_REJECTED(false),
  /** A DDL statement was rejected (syntax, existing or missing object, unsupported). */
  DDL_REJECTED(false),
  /** The schema or table a statement names does not exist. */
  OBJECT_MISSING(false),
  /** The server is read-only. */
  READ_ONLY(false),
  /** Anything else. */
  OTHER(false);

  private final boolean retryable;

  DbError(boolean retryable) {
    this.retryable = retryable;
  }

  /** True for transient faults that succeed when retried later. */
  public boolean retryable() {
    return retryable;
  }
}
