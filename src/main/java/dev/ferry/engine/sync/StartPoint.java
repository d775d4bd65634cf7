package dev.ferry.engine.sync;

import dev.ferry.config.SourceConfig;
import dev.ferry.config.StartPosition;
import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.EventKind;
import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import dev.ferry.engine.db.BinlogFiles;
import dev.ferry.engine.db.Flavor;
import dev.ferry.engine.db.ServerInfo;
import dev.ferry.engine.db.ServerProbe;
import dev.ferry.engine.run.UnitContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Where a source's sync starts (DM's order): the saved checkpoint; else the task's {@code meta}
 * (file/position and/or GTID); else, for a fresh incremental task, the source's current position. A
 * MariaDB position without GTID gets it from {@code BINLOG_GTID_POS()} so the sync can record GTID
 * state from the first checkpoint on.
 */
record StartPoint(BinlogPosition position, long serverId, boolean mariaDb) {

  static StartPoint resolve(Connection c, UnitContext context, SourceConfig source)
      throws SQLException {
    ServerInfo info = ServerProbe.probe(c, source.sourceId());
    boolean mariaDb = info.flavor() == Flavor.MARIADB;
    Optional<BinlogPosition> saved =
        context.store().checkpoints().global(context.taskId(), source.sourceId());
    BinlogPosition position;
    if (saved.isPresent()) {
      position = saved.get();
    } else if (source.meta() != null && !source.meta().isEmpty()) {
      position = fromMeta(c, info, source.meta());
    } else {
      BinlogFiles.Status status =
          BinlogFiles.status(c, info, source.sourceId())
              .orElseThrow(() -> new FerryException(ErrorCode.BINLOG_DISABLED, source.sourceId()));
      position =
          new BinlogPosition(
              status.file(), status.position(), mariaDb ? info.gtidBinlogPos() : status.gtidSet());
      context
          .store()
          .events()
          .append(
              context.taskId(),
              EventKind.INFO,
              source.sourceId()
                  + ": no checkpoint and no meta; the sync starts at the source's current position "
                  + position);
    }
    if (mariaDb && !position.hasGtid()) {
      position = position.withGtidSet(gtidAt(c, position));
    }
    long serverId = ServerIds.pick(c, source.serverId());
    return new StartPoint(position, serverId, mariaDb);
  }

  private static BinlogPosition fromMeta(Connection c, ServerInfo info, StartPosition meta) {
    Optional<BinlogPosition> filePos = meta.toPosition();
    if (filePos.isPresent()) {
      return filePos.get();
    }
    // GTID only: the file is learnt from the server's first event; any current name will do
    BinlogFiles.Status status =
        BinlogFiles.status(c, info, "source")
            .orElseThrow(() -> new FerryException(ErrorCode.BINLOG_DISABLED, "source"));
    return new BinlogPosition(status.file(), 4, meta.binlogGtid());
  }

  private static String gtidAt(Connection c, BinlogPosition p) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT BINLOG_GTID_POS(?, ?)")) {
      ps.setString(1, p.file());
      ps.setLong(2, p.position());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}
