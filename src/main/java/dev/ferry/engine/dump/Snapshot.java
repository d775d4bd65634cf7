package dev.ferry.engine.dump;

import dev.ferry.config.DumpOptions.Consistency;
import dev.ferry.domain.BinlogPosition;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The reader connections of a full copy, each inside a {@code START TRANSACTION WITH CONSISTENT
 * SNAPSHOT}, and where the binlog was when they were opened.
 *
 * @param lanes one connection per reader thread
 * @param used the consistency mode that was actually used ({@code auto} resolved)
 * @param start where the sync starts; empty when the source has no binary log
 * @param safeModeExit for {@link Consistency#NONE}: the position after every reader's snapshot was
 *     open; the sync runs in safe mode until it passes it. Empty for the other modes.
 */
public record Snapshot(
    List<Connection> lanes, Consistency used, Optional<BinlogPosition> start, Optional<BinlogPosition> safeModeExit)
    implements AutoCloseable {

  public Snapshot {
    lanes = List.copyOf(lanes);
  }

  /** Ends the snapshot transactions and closes the connections. */
  @Override
  public void close() {
    for (Connection c : lanes) {
      try {
        if (!c.isClosed()) {
          c.close();
        }
      } catch (SQLException ignored) {
        // closing; nothing left to protect
      }
    }
  }
}
