package dev.ferry.engine;

import dev.ferry.config.SourceConfig;
import dev.ferry.config.TargetConfig;
import dev.ferry.engine.db.ConnectOptions;
import dev.ferry.engine.db.ConnectionFactory;
import dev.ferry.engine.db.DbException;
import dev.ferry.engine.db.Endpoint;
import dev.ferry.engine.db.ServerInfo;
import dev.ferry.engine.db.ServerProbe;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The wizard's "Test connection": logs in once, probes the server and reports what a DBA wants to
 * know before going on (flavor, version, binlog settings). Blocks; call it off the UI thread.
 */
public final class ConnectionTest {

  private ConnectionTest() {}

  /**
   * What the server told us.
   *
   * @param server e.g. {@code MariaDB 11.4.5 (Amazon RDS)}
   * @param flavor {@code MySQL}, {@code MariaDB} or {@code TiDB}
   * @param account the account as the server sees it, e.g. {@code ferry@%}
   * @param logBin whether the binary log is on
   * @param binlogFormat {@code ROW}, {@code MIXED}, {@code STATEMENT}; empty when unknown
   * @param binlogRowImage {@code FULL}, {@code MINIMAL}, …; empty when the server has no such
   *     variable
   * @param gtid a short description of the GTID state, e.g. {@code gtid_mode=ON} or {@code MariaDB
   *     GTID 0-1-42}
   */
  public record Result(
      String server,
      String flavor,
      String version,
      String account,
      boolean logBin,
      String binlogFormat,
      String binlogRowImage,
      String gtid) {

    /** True when the binlog is usable for the sync: on, ROW format, FULL row image. */
    public boolean binlogReady() {
      return logBin
          && "ROW".equals(binlogFormat)
          && (binlogRowImage.isEmpty() || "FULL".equals(binlogRowImage));
    }
  }

  /**
   * Tests a source.
   *
   * @param source a source whose password is already {@code PLAIN}
   * @throws FerryException with the connection, login or TLS error
   */
  public static Result source(SourceConfig source, Duration timeout) {
    return probe(() -> Endpoint.source(source), timeout);
  }

  /** Tests the target; see {@link #source}. */
  public static Result target(TargetConfig target, Duration timeout) {
    return probe(() -> Endpoint.target(target), timeout);
  }

  private interface EndpointSupplier {
    Endpoint get();
  }

  private static Result probe(EndpointSupplier endpoint, Duration timeout) {
    try {
      Endpoint e = endpoint.get();
      ConnectionFactory factory =
          new ConnectionFactory(
              ConnectOptions.defaults().withConnectTimeout(timeout).withSocketTimeout(timeout));
      try (Connection c = factory.open(e)) {
        return toResult(ServerProbe.probe(c, e.host() + ":" + e.port()));
      } catch (SQLException closeFailure) {
        throw new FerryException(
            ErrorCode.CONNECTION_LOST, closeFailure, e.host(), closeFailure.getMessage());
      }
    } catch (DbException e) {
      throw DbErrorCodes.toFerry(e);
    }
  }

  static Result toResult(ServerInfo info) {
    String gtid =
        info.gtidMode()
            .map(m -> "gtid_mode=" + m)
            .orElse(
                info.gtidBinlogPos().isEmpty() ? "no GTID yet" : "GTID " + info.gtidBinlogPos());
    return new Result(
        info.describe(),
        info.flavor().displayName(),
        info.versionText(),
        info.currentUser(),
        info.logBin(),
        info.binlogFormat(),
        info.binlogRowImage().orElse(""),
        gtid);
  }
}
