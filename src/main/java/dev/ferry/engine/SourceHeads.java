package dev.ferry.engine;

import dev.ferry.config.SourceConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.domain.BinlogPosition;
import dev.ferry.engine.db.BinlogFiles;
import dev.ferry.engine.db.ConnectionFactory;
import dev.ferry.engine.db.DbException;
import dev.ferry.engine.db.Endpoint;
import dev.ferry.engine.db.Flavor;
import dev.ferry.engine.db.ServerInfo;
import dev.ferry.engine.db.ServerProbe;
import dev.ferry.engine.db.SqlErrors;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where each source's binlog ends right now: what "caught up" is measured against. */
public final class SourceHeads {

  private SourceHeads() {}

  /**
   * The current binlog position (with the GTID state) of every source, by source id.
   *
   * @param task the task with resolved passwords
   */
  public static Map<String, BinlogPosition> read(TaskConfig task) {
    ConnectionFactory factory = new ConnectionFactory();
    Map<String, BinlogPosition> heads = new LinkedHashMap<>();
    for (SourceConfig source : task.sources()) {
      try (Connection c = factory.open(Endpoint.source(source))) {
        ServerInfo info = ServerProbe.probe(c, source.sourceId());
        BinlogFiles.Status status =
            BinlogFiles.status(c, info, source.sourceId())
                .orElseThrow(() -> new FerryException(ErrorCode.BINLOG_DISABLED, source.sourceId()));
        String gtid = info.flavor() == Flavor.MARIADB ? info.gtidBinlogPos() : status.gtidSet();
        heads.put(source.sourceId(), new BinlogPosition(status.file(), status.position(), gtid));
      } catch (SQLException e) {
        throw DbErrorCodes.toFerry(
            new DbException(SqlErrors.classify(e), source.sourceId(), SqlErrors.serverMessage(e), e));
      } catch (DbException e) {
        throw DbErrorCodes.toFerry(e);
      }
    }
    return heads;
  }
}
