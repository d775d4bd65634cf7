package dev.ferry.rules;

import java.util.List;

/**
 * Whether expression filters drop a row change.
 *
 * @param ruleName the expression-filter rule that dropped it, or null
 * @param warnings DM's warnings, e.g. an expression naming an unknown column (treated as FALSE)
 */
public record RowFilterResult(boolean dropped, String ruleName, List<String> warnings) {

  public RowFilterResult {
    warnings = List.copyOf(warnings);
  }

  static final RowFilterResult KEPT = new RowFilterResult(false, null, List.of());
}
