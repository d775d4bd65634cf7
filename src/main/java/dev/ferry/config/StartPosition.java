package dev.ferry.config;

import dev.ferry.domain.BinlogPosition;
import java.util.Optional;

/**
 * Where an {@code incremental} task starts when no checkpoint exists (DM {@code meta}): a binlog
 * file and position, and/or a GTID set (MySQL {@code uuid:1-5} or MariaDB {@code 0-1-42} form).
 * Fields are null when unset.
 */
public record StartPosition(String binlogName, Long binlogPos, String binlogGtid) {

  public boolean isEmpty() {
    return (binlogName == null || binlogName.isBlank()) && (binlogGtid == null || binlogGtid.isBlank());
  }

  /** The file/position form, when a file name is set (position defaults to 4, the first event). */
  public Optional<BinlogPosition> toPosition() {
    if (binlogName == null || binlogName.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new BinlogPosition(binlogName, binlogPos == null ? 4 : binlogPos, binlogGtid));
  }
}
