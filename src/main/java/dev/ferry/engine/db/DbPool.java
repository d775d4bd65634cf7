package dev.ferry.engine.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A HikariCP pool for one endpoint; {@link #borrow()} raises classified {@link DbException}s. */
public final class DbPool implements AutoCloseable {

  private final Endpoint endpoint;
  private final HikariDataSource dataSource;

  DbPool(Endpoint endpoint, HikariDataSource dataSource) {
    this.endpoint = endpoint;
    this.dataSource = dataSource;
  }

  public Endpoint endpoint() {
    return endpoint;
  }

  /** A connection from the pool; close it to give it back. */
  public Connection borrow() {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw DbException.of(endpoint.label(), e);
    }
  }

  /** The underlying data source, for code that manages connections itself. */
  public DataSource dataSource() {
    return dataSource;
  }

  public int maximumSize() {
    return dataSource.getMaximumPoolSize();
  }

  /** Closes the pool; connections still borrowed are closed when they are given back. */
  @Override
  public void close() {
    dataSource.close();
  }
}
