package dev.ferry.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.db.DbError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The database failure kinds the precheck and the units raise map onto the API's error codes. */
class PrecheckErrorCodesTest {

  @ParameterizedTest(name = "{0} maps to {1}")
  @CsvSource({
    "AUTH_FAILED, AUTH_FAILED",
    "PRIVILEGE_MISSING, PRIVILEGE_MISSING",
    "CONNECTION_FAILED, CONNECTION_FAILED",
    "LOCK_CONFLICT, DEADLOCK",
    "BINLOG_PURGED, BINLOG_PURGED",
    "DUPLICATE_KEY, TARGET_DATA_ERROR",
    "DDL_REJECTED, TARGET_DDL_REJECTED",
    "SECRET_UNAVAILABLE, SECRET_UNAVAILABLE",
    "OTHER, SQL_FAILED"
  })
  void eachKindMapsToItsErrorCode(DbError kind, ErrorCode code) {
    assertThat(DbErrorCodes.of(kind)).isEqualTo(code);
  }

  @Test
  void retryabilityAgreesWithTheErrorCodes() {
    for (DbError kind : DbError.values()) {
      assertThat(DbErrorCodes.of(kind).retryable()).as(kind.name()).isEqualTo(kind.retryable());
    }
  }
}
