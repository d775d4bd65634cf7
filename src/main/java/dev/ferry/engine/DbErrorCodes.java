package dev.ferry.engine;

import dev.ferry.engine.db.DbError;
import dev.ferry.engine.db.DbException;

/**
 * Turns the engine's internal database failures ({@link DbException}, classified by {@code
 * SqlErrors}) into the {@link FerryException}s the UI and CLI see. Lives in the API package
 * because the packages below it must not depend on the API (no package cycles).
 */
public final class DbErrorCodes {

  private DbErrorCodes() {}

  /** The error code for a kind of database failure. */
  public static ErrorCode of(DbError kind) {
    return switch (kind) {
      case SECRET_UNAVAILABLE -> ErrorCode.SECRET_UNAVAILABLE;
      case AUTH_FAILED -> ErrorCode.AUTH_FAILED;
      case PRIVILEGE_MISSING -> ErrorCode.PRIVILEGE_MISSING;
      case CONNECTION_FAILED -> ErrorCode.CONNECTION_FAILED;
      case CONNECTION_LOST -> ErrorCode.CONNECTION_LOST;
      case TLS_FAILED -> ErrorCode.TLS_FAILED;
      case TOO_MANY_CONNECTIONS -> ErrorCode.TOO_MANY_CONNECTIONS;
      case QUERY_TIMEOUT -> ErrorCode.QUERY_TIMEOUT;
      case LOCK_CONFLICT -> ErrorCode.DEADLOCK;
      case BINLOG_PURGED -> ErrorCode.BINLOG_PURGED;
      case DUPLICATE_KEY, DATA_REJECTED -> ErrorCode.TARGET_DATA_ERROR;
      case DDL_REJECTED -> ErrorCode.TARGET_DDL_REJECTED;
      case READ_ONLY -> ErrorCode.TARGET_READ_ONLY;
      case OBJECT_MISSING, OTHER -> ErrorCode.SQL_FAILED;
    };
  }

  /** {@code e} as a {@link FerryException} naming the server and carrying the server's text. */
  public static FerryException toFerry(DbException e) {
    return new FerryException(of(e.kind()), e, e.server(), e.getMessage());
  }
}
