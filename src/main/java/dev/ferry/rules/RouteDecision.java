package dev.ferry.rules;

import dev.ferry.domain.TableId;
import java.util.List;

/**
 * Where a source schema or table goes. {@code table} is empty for schema-level statements (CREATE /
 * DROP DATABASE). When more than one rule matches at the deciding level the decision is a conflict:
 * {@code conflictingRules} names them (DM stops the task with "matches more than one rule") and
 * there is no target.
 *
 * @param ruleName the rule that decided, or null when none matched (the name is kept)
 * @param extraColumns values for the rule's extract-* columns, in DM's order (table, schema,
 *     source)
 */
public record RouteDecision(
    String schema,
    String table,
    String targetSchema,
    String targetTable,
    String ruleName,
    List<ExtractedColumn> extraColumns,
    List<String> conflictingRules) {

  public RouteDecision {
    extraColumns = List.copyOf(extraColumns);
    conflictingRules = List.copyOf(conflictingRules);
  }

  public boolean isConflict() {
    return !conflictingRules.isEmpty();
  }

  /**
   * The target table.
   *
   * @throws RouteConflictException if the decision is a conflict
   */
  public TableId target() {
    if (isConflict()) {
      throw new RouteConflictException(schema, table, conflictingRules);
    }
    return TableId.of(targetSchema, targetTable);
  }

  /** A readable description of the conflict, or null when there is none. */
  public String conflictMessage() {
    return isConflict() ? RouteConflictException.message(schema, table, conflictingRules) : null;
  }
}
