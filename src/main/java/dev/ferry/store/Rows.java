package dev.ferry.store;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reading and binding the column types the stores share, strictly. */
final class Rows {

  private Rows() {}

  static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
    if (instant == null) {
      ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** Binds source id, schema and table to three parameters starting at {@code index}. */
  static int setTable(PreparedStatement ps, int index, SourceTable table) throws SQLException {
    ps.setString(index, table.sourceId());
    ps.setString(index + 1, table.table().schema());
    ps.setString(index + 2, table.table().table());
    return index + 3;
  }

  static SourceTable sourceTable(ResultSet rs) throws SQLException {
    return new SourceTable(
        rs.getString("source_id"),
        TableId.of(rs.getString("source_schema"), rs.getString("source_table")));
  }

  /** Binds file, position and GTID set to three parameters starting at {@code index}. */
  static int setPosition(PreparedStatement ps, int index, BinlogPosition position)
      throws SQLException {
    ps.setString(index, position == null ? null : position.file());
    if (position == null) {
      ps.setNull(index + 1, Types.BIGINT);
    } else {
      ps.setLong(index + 1, position.position());
    }
    ps.setString(index + 2, position == null ? null : position.gtidSet());
    return index + 3;
  }

  /**
   * Reads a position that must be complete: a missing file or offset, or values that are not a
   * valid position, fail with a {@link StoreException} naming {@code what}, never a half position.
   */
  static BinlogPosition position(
      ResultSet rs, String fileColumn, String posColumn, String gtidColumn, String what)
      throws SQLException {
    BinlogPosition position = optionalPosition(rs, fileColumn, posColumn, gtidColumn, what);
    if (position == null) {
      throw corrupt(what, "its binlog file and position are missing");
    }
    return position;
  }

  /** Like {@link #position}, but null when file and offset are both absent. */
  static BinlogPosition optionalPosition(
      ResultSet rs, String fileColumn, String posColumn, String gtidColumn, String what)
      throws SQLException {
    String file = rs.getString(fileColumn);
    long pos = rs.getLong(posColumn);
    boolean posMissing = rs.wasNull();
    String gtid = rs.getString(gtidColumn);
    if (file == null && posMissing) {
      if (gtid != null) {
        throw corrupt(what, "it has a GTID set but no binlog file and position");
      }
      return null;
    }
    if (file == null) {
      throw corrupt(what, "its binlog file name is missing");
    }
    if (posMissing) {
      throw corrupt(what, "its binlog position is missing");
    }
    try {
      return new BinlogPosition(file, pos, gtid);
    } catch (IllegalArgumentException e) {
      throw corrupt(what, e.getMessage());
    }
  }

  /** Parses a stored enum name, failing clearly on a value this Ferry does not know. */
  static <E extends Enum<E>> E enumValue(Class<E> type, String value, String what) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw corrupt(what, "unknown " + type.getSimpleName() + " '" + value + "'");
    }
  }

  static StoreException corrupt(String what, String problem) {
    return new StoreException(
        "The state store holds an invalid "
            + what
            + ": "
            + problem
            + ". Ferry will not guess; reset the task's state to start it again.");
  }
}
