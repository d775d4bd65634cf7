package dev.ferry.config.rules;

/**
 * One named route (DM {@code routes.<name>}). {@code tablePattern} null or empty makes it a schema
 * rule; {@code targetTable} null or empty keeps the table name. The extractions are optional (null
 * when unset).
 */
public record RouteRule(
    String schemaPattern,
    String tablePattern,
    String targetSchema,
    String targetTable,
    Extraction extractTable,
    Extraction extractSchema,
    Extraction extractSource) {

  public static RouteRule of(
      String schemaPattern, String tablePattern, String targetSchema, String targetTable) {
    return new RouteRule(schemaPattern, tablePattern, targetSchema, targetTable, null, null, null);
  }

  public boolean isSchemaRule() {
    return tablePattern == null || tablePattern.isEmpty();
  }
}
