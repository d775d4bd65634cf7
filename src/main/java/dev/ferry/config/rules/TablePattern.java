package dev.ferry.config.rules;

/** A {@code do-tables} / {@code ignore-tables} entry: DM's {@code db-name} and {@code tbl-name}. */
public record TablePattern(String dbName, String tblName) {}
