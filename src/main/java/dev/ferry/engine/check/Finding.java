package dev.ferry.engine.check;

import java.util.Objects;

/**
 * One result of one check on one server or table.
 *
 * @param target which server or table it is about, e.g. {@code source 'mysql-01'} or {@code
 *     source 'mysql-01': `shop`.`orders`}
 * @param found what the check saw
 * @param why why it matters (empty for OK)
 * @param fix the exact statement or setting that fixes it (empty for OK)
 */
public record Finding(
    CheckItem item, Severity severity, String target, String found, String why, String fix) {

  public Finding {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(severity, "severity");
    target = target == null ? "" : target;
    found = found == null ? "" : found;
    why = why == null ? "" : why;
    fix = fix == null ? "" : fix;
  }

  public static Finding ok(CheckItem item, String target, String found) {
    return new Finding(item, Severity.OK, target, found, "", "");
  }

  public static Finding error(CheckItem item, String target, String found, String why, String fix) {
    return new Finding(item, Severity.ERROR, target, found, why, fix);
  }

  public static Finding warning(
      CheckItem item, String target, String found, String why, String fix) {
    return new Finding(item, Severity.WARNING, target, found, why, fix);
  }

  public static Finding info(CheckItem item, String target, String found, String why, String fix) {
    return new Finding(item, Severity.INFO, target, found, why, fix);
  }

  /** The same finding with another severity (e.g. an error made uncertain by roles). */
  public Finding withSeverity(Severity other) {
    return new Finding(item, other, target, found, why, fix);
  }
}
