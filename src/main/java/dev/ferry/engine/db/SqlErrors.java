package dev.ferry.engine.db;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * Classifies {@link SQLException}s by MySQL/MariaDB/TiDB vendor error code, then SQL state, then
 * exception type. Message text is never consulted: it is translated and changes between versions.
 */
public final class SqlErrors {

  private static final Map<DbError, Set<Integer>> BY_CODE =
      Map.ofEntries(
          // 1045 access denied, 1698 no password for auth_socket user, 1251 auth protocol,
          // 1862/1820 password expired, 3118/4151 account locked (MySQL/MariaDB)
          Map.entry(DbError.AUTH_FAILED, Set.of(1045, 1698, 1251, 1862, 1820, 3118, 4151)),
          // 1044 db, 1142 table, 1143 column, 1227 specific privilege, 1370 routine, 8121 TiDB
          Map.entry(DbError.PRIVILEGE_MISSING, Set.of(1044, 1142, 1143, 1227, 1370, 8121)),
          // 1040 server, 1203 max_user_connections, 1226 resource limit
          Map.entry(DbError.TOO_MANY_CONNECTIONS, Set.of(1040, 1203, 1226)),
          // 1205 lock wait, 1213 deadlock, 1614 XA deadlock; TiDB 9007 write conflict, 8022
          // transaction retry, 8028 schema changed during the transaction
          Map.entry(DbError.LOCK_CONFLICT, Set.of(1205, 1213, 1614, 9007, 8022, 8028)),
          // 3024 MySQL max_execution_time, 1969 MariaDB max_statement_time, 1317 interrupted
          Map.entry(DbError.QUERY_TIMEOUT, Set.of(3024, 1969, 1317)),
          // 1053 shutdown in progress, 1152-1161 network read/write errors, 1927 MariaDB killed,
          // 2006 server gone away, 2013 lost during query
          Map.entry(
              DbError.CONNECTION_LOST,
              Set.of(1053, 1152, 1153, 1154, 1155, 1156, 1157, 1158, 1159, 1160, 1161, 1927, 2006,
                  2013)),
          // 2002/2003 cannot connect, 2005 unknown host, 1129 host blocked, 1130 host not allowed
          Map.entry(DbError.CONNECTION_FAILED, Set.of(2002, 2003, 2005, 1129, 1130)),
          // 1236 fatal error reading the binlog (purged, or the GTID is gone)
          Map.entry(DbError.BINLOG_PURGED, Set.of(1236)),
          // 1062 duplicate entry, 1586 duplicate with key name, 1022 duplicate key on write
          Map.entry(DbError.DUPLICATE_KEY, Set.of(1062, 1586, 1022)),
          // 1048 NULL, 1264 out of range, 1265 truncated, 1292 incorrect value, 1366 incorrect
          // string/number, 1406 too long, 1364 no default, 1451/1452 foreign key, 3140 JSON,
          // 1300 invalid character string, 4025 CHECK constraint
          Map.entry(
              DbError.DATA_REJECTED,
              Set.of(1048, 1264, 1265, 1292, 1366, 1406, 1364, 1451, 1452, 3140, 1300, 4025)),
          // 1005 can't create, 1007 db exists, 1008 can't drop db, 1025 rename, 1050 table exists,
          // 1051 unknown table, 1054 unknown column, 1060 duplicate column, 1061 duplicate key name,
          // 1064 syntax, 1067 invalid default, 1068 multiple PK, 1071 key too long, 1072 key
          // column missing, 1091 can't drop, 1115 unknown charset, 1273 unknown collation, 1286
          // unknown engine, 1170 BLOB key without length, 8200 TiDB unsupported DDL
          Map.entry(
              DbError.DDL_REJECTED,
              Set.of(1005, 1007, 1008, 1025, 1050, 1051, 1054, 1060, 1061, 1064, 1067, 1068, 1071,
                  1072, 1091, 1115, 1273, 1286, 1170, 8200)),
          // 1049 unknown database, 1146 table doesn't exist
          Map.entry(DbError.OBJECT_MISSING, Set.of(1049, 1146)),
          // 1290 --read-only, 1836 read-only mode, 1792 read-only transaction
          Map.entry(DbError.READ_ONLY, Set.of(1290, 1836, 1792)));

  private SqlErrors() {}

  /** The kind of failure {@code e} is. */
  public static DbError classify(SQLException e) {
    if (hasCause(e, SSLException.class)) {
      return DbError.TLS_FAILED;
    }
    SQLException withCode = firstWithVendorCode(e);
    if (withCode != null) {
      for (Map.Entry<DbError, Set<Integer>> entry : BY_CODE.entrySet()) {
        if (entry.getValue().contains(withCode.getErrorCode())) {
          return entry.getKey();
        }
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        DbError byState = byState(sql);
        if (byState != null) {
          return byState;
        }
      }
    }
    if (hasCause(e, UnknownHostException.class)
        || hasCause(e, ConnectException.class)
        || hasCause(e, NoRouteToHostException.class)) {
      return DbError.CONNECTION_FAILED;
    }
    if (hasCause(e, SocketTimeoutException.class) || e instanceof SQLRecoverableException) {
      return DbError.CONNECTION_LOST;
    }
    if (e instanceof SQLTimeoutException) {
      return DbError.QUERY_TIMEOUT;
    }
    if (e instanceof SQLTransientConnectionException) {
      return DbError.CONNECTION_FAILED;
    }
    return DbError.OTHER;
  }

  private static DbError byState(SQLException e) {
    String state = e.getSQLState();
    if (state == null || state.length() < 2) {
      return null;
    }
    if (state.equals("28000")) {
      return DbError.AUTH_FAILED;
    }
    if (state.equals("08001") || state.equals("08004")) {
      return DbError.CONNECTION_FAILED;
    }
    if (state.startsWith("08")) {
      return DbError.CONNECTION_LOST;
    }
    if (state.equals("40001")) {
      return DbError.LOCK_CONFLICT;
    }
    if (state.equals("42S02") || state.equals("3D000")) {
      return DbError.OBJECT_MISSING;
    }
    if (state.startsWith("22") || state.startsWith("23")) {
      return DbError.DATA_REJECTED;
    }
    return null;
  }

  /** True when retrying the failed operation later can succeed (network, locks, timeouts). */
  public static boolean retryable(SQLException e) {
    return classify(e).retryable();
  }

  /** The first {@link SQLException} in {@code t}'s cause chain (including {@code t}), or null. */
  public static SQLException firstSqlException(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }

  /**
   * The server's own message for the user: the message of the innermost SQL exception that
   * carries a vendor code (a pool wraps the driver's), else of {@code e} itself.
   */
  public static String serverMessage(SQLException e) {
    SQLException withCode = firstWithVendorCode(e);
    SQLException source = withCode != null ? withCode : e;
    String message = source.getMessage() == null ? source.getClass().getSimpleName() : source.getMessage();
    return source.getErrorCode() != 0
        ? message + " (error " + source.getErrorCode() + ")"
        : message;
  }

  private static SQLException firstWithVendorCode(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getErrorCode() != 0) {
        return sql;
      }
      if (t instanceof SQLException sql) {
        for (SQLException next = sql.getNextException(); next != null; next = next.getNextException()) {
          if (next.getErrorCode() != 0) {
            return next;
          }
        }
      }
    }
    return null;
  }

  private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}
