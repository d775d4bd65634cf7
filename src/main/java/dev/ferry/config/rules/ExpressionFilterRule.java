package dev.ferry.config.rules;

/**
 * One named expression filter (DM {@code expression-filter.<name>}): a row change of {@code
 * schema}.{@code table} whose expression is TRUE is not replicated. Exactly one kind is set:
 * insert, update (old and/or new), or delete; the others are null.
 */
public record ExpressionFilterRule(
    String schema,
    String table,
    String insertValueExpr,
    String updateOldValueExpr,
    String updateNewValueExpr,
    String deleteValueExpr) {}
