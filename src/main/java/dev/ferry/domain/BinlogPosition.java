package dev.ferry.domain;

import java.util.Objects;

/**
 * A position in a source's binary log: file name and byte offset, plus the GTID state at that
 * point when known (a MySQL GTID set such as {@code 3e11fa47-...:1-5} or a MariaDB GTID list such
 * as {@code 0-1-42,1-2-7}). Immutable; ordered by file sequence number, then offset.
 *
 * <p>A position recorded as a checkpoint always lies on a transaction boundary.
 */
public record BinlogPosition(String file, long position, String gtidSet)
    implements Comparable<BinlogPosition> {

  public BinlogPosition {
    Objects.requireNonNull(file, "file");
    if (file.isBlank()) {
      throw new IllegalArgumentException("binlog file name is empty");
    }
    if (position < 0) {
      throw new IllegalArgumentException("binlog position is negative: " + position);
    }
    gtidSet = gtidSet == null || gtidSet.isBlank() ? null : gtidSet.trim();
  }

  public static BinlogPosition of(String file, long position) {
    return new BinlogPosition(file, position, null);
  }

  public BinlogPosition withGtidSet(String gtid) {
    return new BinlogPosition(file, position, gtid);
  }

  public boolean hasGtid() {
    return gtidSet != null;
  }

  /** The numeric suffix of the file name ({@code mysql-bin.000042} → 42), or -1 if it has none. */
  public long fileSequence() {
    int dot = file.lastIndexOf('.');
    if (dot < 0 || dot == file.length() - 1) {
      return -1;
    }
    try {
      return Long.parseLong(file.substring(dot + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @Override
  public int compareTo(BinlogPosition other) {
    int c = Long.compare(fileSequence(), other.fileSequence());
    if (c == 0) {
      c = file.compareTo(other.file);
    }
    return c != 0 ? c : Long.compare(position, other.position);
  }

  /** {@code file:position} (the GTID state is shown separately where it matters). */
  @Override
  public String toString() {
    return file + ":" + position;
  }
}
