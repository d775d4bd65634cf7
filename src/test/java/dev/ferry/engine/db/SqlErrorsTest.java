package dev.ferry.engine.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlErrorsTest {

  @ParameterizedTest(name = "{0}/{1} is {2}")
  @CsvSource({
    "1045, 28000, AUTH_FAILED",
    "1044, 42000, PRIVILEGE_MISSING",
    "1142, 42000, PRIVILEGE_MISSING",
    "1227, 42000, PRIVILEGE_MISSING",
    "1040, 08004, TOO_MANY_CONNECTIONS",
    "1205, HY000, LOCK_CONFLICT",
    "1213, 40001, LOCK_CONFLICT",
    "1236, HY000, BINLOG_PURGED",
    "1062, 23000, DUPLICATE_KEY",
    "1406, 22001, DATA_REJECTED",
    "1050, 42S01, DDL_REJECTED",
    "1064, 42000, DDL_REJECTED",
    "1146, 42S02, OBJECT_MISSING",
    "1290, HY000, READ_ONLY",
    "3024, HY000, QUERY_TIMEOUT",
    "2013, HY000, CONNECTION_LOST",
    "0, 08S01, CONNECTION_LOST",
    "0, 08001, CONNECTION_FAILED",
    "0, 40001, LOCK_CONFLICT",
    "1105, HY000, OTHER"
  })
  void classifiesByVendorCodeThenSqlState(int code, String state, DbError expected) {
    assertThat(SqlErrors.classify(new SQLException("any text", state, code))).isEqualTo(expected);
  }

  @Test
  void ignoresMessageText() {
    SQLException e = new SQLException("Access denied for user 'x'", "HY000", 1105);
    assertThat(SqlErrors.classify(e)).isEqualTo(DbError.OTHER);
  }

  @Test
  void looksThroughPoolWrappersToTheDriversError() {
    SQLException driver = new SQLException("denied", "28000", 1045);
    SQLException pool = new SQLTransientConnectionException("pool timed out", null, driver);
    assertThat(SqlErrors.classify(pool)).isEqualTo(DbError.AUTH_FAILED);
    assertThat(SqlErrors.serverMessage(pool)).isEqualTo("denied (error 1045)");
  }

  @Test
  void refusedConnectionAndTlsFailuresAreRecognisedByExceptionType() {
    SQLException refused = new SQLException("link failure", null, 0, new ConnectException("refused"));
    assertThat(SqlErrors.classify(refused)).isEqualTo(DbError.CONNECTION_FAILED);
    SQLException tls = new SQLException("ssl", "08S01", 0, new SSLHandshakeException("bad cert"));
    assertThat(SqlErrors.classify(tls)).isEqualTo(DbError.TLS_FAILED);
  }

  @Test
  void retryableFollowsTheKind() {
    assertThat(SqlErrors.retryable(new SQLException("", "40001", 1213))).isTrue();
    assertThat(SqlErrors.retryable(new SQLException("", "23000", 1062))).isFalse();
  }
}
