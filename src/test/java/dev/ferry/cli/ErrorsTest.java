package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorsTest {

  @ParameterizedTest
  @CsvSource({
    "AUTH_FAILED, 5",
    "PRIVILEGE_MISSING, 5",
    "CONFIG_INVALID, 2",
    "SECRET_UNAVAILABLE, 2",
    "PRECHECK_FAILED, 3",
    "TASK_LOCKED, 4",
    "CONNECTION_FAILED, 4",
    "TARGET_DDL_REJECTED, 4"
  })
  void exitCodeFollowsTheErrorCodeAndItsCategory(ErrorCode code, int exit) {
    assertThat(Errors.exitCode(code)).isEqualTo(exit);
  }

  @org.junit.jupiter.api.Test
  void aRefusedLoginPrintsCodeMessageAndFixAndExitsWithTheAuthCode() {
    StringWriter text = new StringWriter();
    FerryException e =
        FerryException.withAction(
            ErrorCode.AUTH_FAILED,
            "Check the password.",
            null,
            "target (db:3306)",
            "Access denied for user 'root' (error 1045)");
    assertThat(Errors.print(new PrintWriter(text, true), e)).isEqualTo(ExitCodes.AUTH_FAILED);
    assertThat(text.toString())
        .contains("error FERRY-2003: target (db:3306) refused the login: Access denied")
        .contains("  fix: Check the password.");
  }
}
