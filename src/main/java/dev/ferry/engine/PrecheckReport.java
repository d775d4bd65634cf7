package dev.ferry.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one precheck found, in a stable order (by check item, then sources in task order,
 * then the target).
 *
 * @param ignoredItems the task's {@code ignore-checking-items} as given
 * @param skipped true when {@code ignore-checking-items} contains {@code all}: nothing was checked
 */
public record PrecheckReport(
    String task,
    Instant startedAt,
    Duration took,
    List<CheckResult> results,
    List<String> ignoredItems,
    boolean skipped) {

  public PrecheckReport {
    results = List.copyOf(results);
    ignoredItems = List.copyOf(ignoredItems);
  }

  public long count(CheckResult.Severity severity) {
    return results.stream().filter(r -> r.severity() == severity).count();
  }

  public long errorCount() {
    return count(CheckResult.Severity.ERROR);
  }

  public long warningCount() {
    return count(CheckResult.Severity.WARNING);
  }

  /** True when the task must not start. */
  public boolean hasErrors() {
    return errorCount() > 0;
  }

  public List<CheckResult> errors() {
    return results.stream().filter(CheckResult::isError).toList();
  }

  /** The results of one check item. */
  public List<CheckResult> byId(String id) {
    return results.stream().filter(r -> r.id().equals(id)).toList();
  }

  /** A JSON-ready map: task, startedAt, tookMillis, counts, passed, skipped, ignored, results. */
  public Map<String, Object> toMap() {
    Map<String, Object> counts = new LinkedHashMap<>();
    for (CheckResult.Severity s : CheckResult.Severity.values()) {
      counts.put(s.jsonName(), count(s));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("task", task);
    m.put("startedAt", startedAt.toString());
    m.put("tookMillis", took.toMillis());
    m.put("passed", !hasErrors());
    m.put("skipped", skipped);
    m.put("counts", counts);
    m.put("ignored", ignoredItems);
    m.put("results", results.stream().map(CheckResult::toMap).toList());
    return m;
  }
}
