package dev.ferry.store;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.SourceTable;
import java.time.Instant;

/**
 * One tracked schema of a table, valid from a binlog position until the next version.
 *
 * @param table the upstream table
 * @param createTable its {@code CREATE TABLE} statement, or null when the table was dropped here
 * @param validFrom the position from which events use this schema (the position after the DDL, or
 *     the snapshot's position for the first version)
 * @param recordedAt when it was stored
 */
public record SchemaVersion(
    SourceTable table, String createTable, BinlogPosition validFrom, Instant recordedAt) {

  public boolean isDropped() {
    return createTable == null;
  }
}
