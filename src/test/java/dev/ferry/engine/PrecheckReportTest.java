package dev.ferry.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrecheckReportTest {

  private static CheckResult result(String id, CheckResult.Severity severity) {
    return new CheckResult(id, severity, "source 'a'", "found", "why", "fix");
  }

  @Test
  void countsSeveritiesAndFailsOnlyOnErrors() {
    PrecheckReport warningsOnly = new PrecheckReport("t", Instant.EPOCH, Duration.ZERO,
        List.of(result("table_schema", CheckResult.Severity.WARNING), result("version", CheckResult.Severity.OK)),
        List.of(), false);
    assertThat(warningsOnly.hasErrors()).isFalse();
    assertThat(warningsOnly.warningCount()).isEqualTo(1);

    PrecheckReport failing = new PrecheckReport("t", Instant.EPOCH, Duration.ZERO,
        List.of(result("binlog_format", CheckResult.Severity.ERROR), result("x", CheckResult.Severity.INFO)),
        List.of(), false);
    assertThat(failing.hasErrors()).isTrue();
    assertThat(failing.errors()).extracting(CheckResult::id).containsExactly("binlog_format");
    assertThat(Precheck.failure(failing).code()).isEqualTo(ErrorCode.PRECHECK_FAILED);
    assertThat(Precheck.failure(failing).suggestedAction()).contains("binlog_format (source 'a'): found");
  }

  @Test
  void jsonShapeHasStableKeysAndLowerCaseSeverities() {
    PrecheckReport report = new PrecheckReport("shop", Instant.EPOCH, Duration.ofMillis(12),
        List.of(result("binlog_format", CheckResult.Severity.ERROR)), List.of("version"), false);
    Map<String, Object> map = report.toMap();
    assertThat(map.keySet()).containsExactly("task", "startedAt", "tookMillis", "passed", "skipped", "counts", "ignored", "results");
    assertThat(map.get("passed")).isEqualTo(false);
    @SuppressWarnings("unchecked")
    Map<String, Object> first = ((List<Map<String, Object>>) map.get("results")).get(0);
    assertThat(first).containsEntry("severity", "error").containsEntry("id", "binlog_format");
    assertThat(first.keySet()).containsExactly("id", "severity", "target", "found", "why", "fix");
  }
}
