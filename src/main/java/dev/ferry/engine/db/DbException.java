package dev.ferry.engine.db;

import java.sql.SQLException;
import java.util.Objects;

/**
 * A database failure below the engine API: which server ({@link #server()}, a label without
 * secrets), what kind ({@link #kind()}), and the server's own text. The engine API converts it to
 * its {@code FerryException}.
 */
public class DbException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final DbError kind;
  private final String server;

  public DbException(DbError kind, String server, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.server = server == null ? "" : server;
  }

  public DbException(DbError kind, String server, String message) {
    this(kind, server, message, null);
  }

  /** Classifies {@code e} with {@link SqlErrors#classify}. */
  public static DbException of(String server, SQLException e) {
    return new DbException(SqlErrors.classify(e), server, SqlErrors.serverMessage(e), e);
  }

  public DbError kind() {
    return kind;
  }

  /** The server's label, e.g. {@code source 'mysql-01' (db1:3306)}. */
  public String server() {
    return server;
  }

  public boolean retryable() {
    return kind.retryable();
  }

  /** The vendor error code of the underlying {@link SQLException}, or 0. */
  public int vendorCode() {
    SQLException sql = SqlErrors.firstSqlException(getCause());
    return sql == null ? 0 : sql.getErrorCode();
  }
}
