package dev.ferry.engine;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One result of the precheck.
 *
 * @param id the check item, DM's name where DM has it ({@code binlog_format}, {@code
 *     dump_privilege}, …); also the name {@code ignore-checking-items} takes
 * @param severity how much it matters
 * @param target which server or table, e.g. {@code source 'mysql-01'}, {@code source 'mysql-01':
 *     `shop`.`orders`}, {@code target: `shop`.`orders`}
 * @param found what was found
 * @param why why it matters (empty when the check passed)
 * @param fix the exact fix: a GRANT or SET GLOBAL statement, my.cnf lines, a task setting (may be
 *     several lines; empty when there is nothing to do)
 */
public record CheckResult(
    String id, Severity severity, String target, String found, String why, String fix) {

  /** Errors stop a task from starting; warnings and infos do not; OK means the check passed. */
  public enum Severity {
    ERROR,
    WARNING,
    INFO,
    OK;

    /** {@code error}, {@code warning}, {@code info}, {@code ok}: the JSON spelling. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public CheckResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    target = target == null ? "" : target;
    found = found == null ? "" : found;
    why = why == null ? "" : why;
    fix = fix == null ? "" : fix;
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** A JSON-ready map with stable keys: id, severity, target, found, why, fix. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("severity", severity.jsonName());
    m.put("target", target);
    m.put("found", found);
    m.put("why", why);
    m.put("fix", fix);
    return m;
  }
}
