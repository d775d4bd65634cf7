package dev.ferry.config.rules;

/**
 * A route's {@code extract-table}, {@code extract-schema} or {@code extract-source}: the regex
 * ({@code table-regexp}, {@code schema-regexp} or {@code source-regexp}) whose capture groups are
 * joined into the value written to {@code target-column}.
 */
public record Extraction(String regexp, String targetColumn) {}
