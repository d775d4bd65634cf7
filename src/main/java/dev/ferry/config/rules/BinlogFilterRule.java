package dev.ferry.config.rules;

import java.util.List;

/**
 * One named binlog event filter (DM {@code filters.<name>}). {@code events} holds DM's event names
 * as written (e.g. {@code "all dml"}, {@code "truncate table"}); {@code sqlPattern} holds regexes
 * matched against DDL text. {@code tablePattern} null or empty makes it a schema-level rule.
 */
public record BinlogFilterRule(
    String schemaPattern,
    String tablePattern,
    List<String> events,
    List<String> sqlPattern,
    FilterAction action) {

  public BinlogFilterRule {
    events = events == null ? List.of() : List.copyOf(events);
    sqlPattern = sqlPattern == null ? List.of() : List.copyOf(sqlPattern);
  }
}
