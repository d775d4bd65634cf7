package dev.ferry.rules;

/**
 * The event type DM would give a DDL statement.
 *
 * @param type the type; {@link EventType#UNMAPPED} when DM cannot map the statement
 * @param columnChangeDecides true when an ALTER TABLE's deciding clause is {@code MODIFY} / {@code
 *     CHANGE COLUMN}: DM then compares the old and new column (value range decrease, precision
 *     decrease, modify column, rename column, default/charset/collation/order changes, ...), which
 *     needs the table's schema; the caller refines {@code type} (here {@link
 *     EventType#ALTER_TABLE})
 */
public record DdlClassification(EventType type, boolean columnChangeDecides) {}
