package dev.ferry.engine.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.ferry.config.TlsConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens connections to a task's servers: single connections (precheck, binlog position queries)
 * and HikariCP pools (dump readers, load and sync writers). Every connection has its session time
 * zone pinned to {@code +00:00}, the endpoint's session variables set, TLS as configured, and
 * bounded connect and read timeouts. Failures are {@link DbException}s classified by {@link
 * SqlErrors}.
 */
public final class ConnectionFactory {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectionFactory.class);

  private final ConnectOptions options;

  public ConnectionFactory(ConnectOptions options) {
    this.options = options;
  }

  public ConnectionFactory() {
    this(ConnectOptions.defaults());
  }

  public ConnectOptions options() {
    return options;
  }

  /** The JDBC URL (no credentials, no parameters: they travel as {@link #properties}). */
  public static String url(Endpoint endpoint) {
    String host = endpoint.host().contains(":") ? "[" + endpoint.host() + "]" : endpoint.host();
    return "jdbc:mysql://" + host + ":" + endpoint.port() + "/";
  }

  /**
   * Connector/J properties for {@code endpoint}. Passed as {@link Properties} rather than URL
   * parameters so that values such as {@code +00:00} or file URLs need no URL encoding.
   */
  public Properties properties(Endpoint endpoint) {
    Properties p = new Properties();
    p.setProperty("user", endpoint.user());
    p.setProperty("password", endpoint.password());
    p.setProperty("connectTimeout", Long.toString(options.connectTimeout().toMillis()));
    p.setProperty("socketTimeout", Long.toString(options.socketTimeout().toMillis()));
    // The driver converts TIMESTAMP values with this zone; the session uses the same (see SET).
    p.setProperty("connectionTimeZone", "UTC");
    p.setProperty("forceConnectionTimeZoneToSession", "false");
    p.setProperty("characterEncoding", "UTF-8");
    p.setProperty("tcpKeepAlive", "true");
    // caching_sha2_password over a plain connection needs the server's RSA key; with TLS on the
    // driver never asks for it, so this only matters when TLS is off or merely preferred.
    TlsConfig.VerifyMode mode = endpoint.tls().verifyMode();
    boolean maybePlain =
        mode == TlsConfig.VerifyMode.DISABLED || mode == TlsConfig.VerifyMode.PREFERRED;
    p.setProperty("allowPublicKeyRetrieval", Boolean.toString(maybePlain));
    p.putAll(TlsStores.properties(endpoint.tls(), endpoint.label()));
    p.putAll(options.driverProperties());
    return p;
  }

  /** The statement run on every new connection. */
  public static String initSql(Endpoint endpoint) {
    return SessionVariables.setStatement(SessionVariables.of(endpoint));
  }

  /**
   * One new connection, session prepared.
   *
   * @throws DbException classified; a connect-time failure is never {@link
   *     DbError#CONNECTION_LOST} but {@link DbError#CONNECTION_FAILED}
   */
  public Connection open(Endpoint endpoint) {
    Connection connection;
    try {
      connection = DriverManager.getConnection(url(endpoint), properties(endpoint));
    } catch (SQLException e) {
      throw connectFailure(endpoint, e);
    }
    try (Statement s = connection.createStatement()) {
      s.execute(initSql(endpoint));
      return connection;
    } catch (SQLException e) {
      closeQuietly(connection);
      throw DbException.of(endpoint.label(), e);
    }
  }

  /**
   * A pool of at most {@code size} connections named {@code name} (shown in thread dumps and
   * logs). The pool tries one connection at once, so a wrong password or a down server fails here
   * rather than at the first borrow.
   */
  public DbPool pool(Endpoint endpoint, String name, int size) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("ferry-" + name);
    config.setJdbcUrl(url(endpoint));
    config.setDataSourceProperties(properties(endpoint));
    config.setUsername(endpoint.user());
    config.setPassword(endpoint.password());
    config.setMaximumPoolSize(Math.max(1, size));
    config.setMinimumIdle(0);
    config.setConnectionTimeout(Math.max(250, options.connectTimeout().toMillis() + 1000));
    config.setValidationTimeout(Math.min(5000, config.getConnectionTimeout() - 1));
    config.setInitializationFailTimeout(1);
    config.setConnectionInitSql(initSql(endpoint));
    try {
      HikariDataSource dataSource = new HikariDataSource(config);
      LOG.debug("Opened pool {} to {} with at most {} connections", name, endpoint, size);
      return new DbPool(endpoint, dataSource);
    } catch (HikariPool.PoolInitializationException e) {
      SQLException cause = SqlErrors.firstSqlException(e);
      if (cause != null) {
        throw connectFailure(endpoint, cause);
      }
      throw new DbException(DbError.CONNECTION_FAILED, endpoint.label(), e.getMessage(), e);
    }
  }

  private static DbException connectFailure(Endpoint endpoint, SQLException e) {
    DbError kind = SqlErrors.classify(e);
    if (kind == DbError.CONNECTION_LOST || kind == DbError.OTHER) {
      kind = DbError.CONNECTION_FAILED;
    }
    return new DbException(kind, endpoint.label(), SqlErrors.serverMessage(e), e);
  }

  static void closeQuietly(AutoCloseable closeable) {
    try {
      if (closeable != null) {
        closeable.close();
      }
    } catch (Exception e) {
      LOG.debug("Ignoring a failure while closing {}", closeable, e);
    }
  }
}
