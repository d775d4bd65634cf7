package dev.ferry.engine.load;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import dev.ferry.store.StateStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The copied tables' definitions as of the snapshot, so that a sync starting at the snapshot's
 * position decodes its first events with the schema they were written with, not with the source's
 * schema of whenever the sync starts. The definitions are read when the tables are prepared
 * (before the snapshot, to keep the read lock short) and read again once the snapshot is open:
 * equal texts mean no DDL ran in between, so they are the snapshot's.
 */
final class SnapshotSchemas {

  /** The counter moves with every insert; it is not part of the definition. */
  private static final Pattern AUTO_INCREMENT = Pattern.compile(" AUTO_INCREMENT=\\d+");

  private SnapshotSchemas() {}

  /** Fails with {@link ErrorCode#SCHEMA_CHANGED_AT_COPY_START} when a table changed since prepared. */
  static void verify(Connection source, List<PreparedTable> tables) throws SQLException {
    for (PreparedTable t : tables) {
      String now = TargetSchema.showCreateTable(source, t.copy.source().table());
      if (!definition(now).equals(definition(t.sourceCreate))) {
        throw new FerryException(ErrorCode.SCHEMA_CHANGED_AT_COPY_START, t.copy.source());
      }
    }
  }

  /** Records every table's definition as valid from {@code at} (the sync's start point). */
  static void record(StateStore store, UUID taskId, List<PreparedTable> tables, BinlogPosition at) {
    store.inTransaction(
        tx -> {
          for (PreparedTable t : tables) {
            tx.schemas().record(taskId, t.copy.source(), t.sourceCreate, at);
          }
        });
  }

  static String definition(String showCreate) {
    return AUTO_INCREMENT.matcher(showCreate).replaceFirst("");
  }
}
