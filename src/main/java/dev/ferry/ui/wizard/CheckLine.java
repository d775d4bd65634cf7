package dev.ferry.ui.wizard;

/**
 * One line of a connection test result, e.g. {@code binlog_format: ROW} with a verdict.
 *
 * @param ok true ✓, false ✗, null for information only
 */
public record CheckLine(String label, String value, Boolean ok) {

  /** The mark shown before the line: ✓, ✗ or •. */
  public String mark() {
    return ok == null ? "•" : ok ? "✓" : "✗";
  }
}
