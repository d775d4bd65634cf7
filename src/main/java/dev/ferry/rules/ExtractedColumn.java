package dev.ferry.rules;

/**
 * A value a route's {@code extract-table} / {@code extract-schema} / {@code extract-source} writes
 * into an extra downstream column.
 */
public record ExtractedColumn(String column, String value) {}
