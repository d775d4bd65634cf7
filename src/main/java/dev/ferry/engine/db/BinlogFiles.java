package dev.ferry.engine.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The binlog files a source still has and where it is writing now, with the statement spelling
 * each flavor and version wants. All need {@code REPLICATION CLIENT} (MariaDB: {@code BINLOG
 * MONITOR}); callers treat a privilege error as "unknown".
 */
public final class BinlogFiles {

  /** One file of {@code SHOW BINARY LOGS}. */
  public record BinlogFile(String name, long size) {}

  /** The current write position and the server's binlog filters. */
  public record Status(String file, long position, String doDb, String ignoreDb, String gtidSet) {}

  private BinlogFiles() {}

  /** {@code SHOW BINARY LOGS}, oldest first. */
  public static List<BinlogFile> list(Connection connection, String label) {
    List<BinlogFile> files = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SHOW BINARY LOGS")) {
      while (rs.next()) {
        files.add(new BinlogFile(rs.getString(1), rs.getLong(2)));
      }
      return files;
    } catch (SQLException e) {
      throw DbException.of(label, e);
    }
  }

  /** {@code SHOW MASTER STATUS} (MySQL 8.2+: {@code SHOW BINARY LOG STATUS}); empty if binlog off. */
  public static Optional<Status> status(Connection connection, ServerInfo info, String label) {
    boolean newSpelling = info.flavor() == Flavor.MYSQL && info.version().atLeast(8, 2, 0);
    String sql = newSpelling ? "SHOW BINARY LOG STATUS" : "SHOW MASTER STATUS";
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      if (!rs.next()) {
        return Optional.empty();
      }
      int columns = rs.getMetaData().getColumnCount();
      return Optional.of(
          new Status(
              rs.getString(1),
              rs.getLong(2),
              columns >= 3 ? nullToEmpty(rs.getString(3)) : "",
              columns >= 4 ? nullToEmpty(rs.getString(4)) : "",
              columns >= 5 ? nullToEmpty(rs.getString(5)) : ""));
    } catch (SQLException e) {
      throw DbException.of(label, e);
    }
  }

  /**
   * MariaDB: the GTID state at the start of {@code file} (its {@code Gtid_list} event, e.g. {@code
   * 0-101-3,1-2-7}); every transaction up to it is no longer readable from this file on. Empty
   * when the file has no such event (not MariaDB).
   */
  public static Optional<String> mariaDbGtidListAtStart(
      Connection connection, String file, String label) {
    String sql = "SHOW BINLOG EVENTS IN " + Quoting.literal(file) + " LIMIT 4";
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        if ("Gtid_list".equalsIgnoreCase(rs.getString("Event_type"))) {
          String info = nullToEmpty(rs.getString("Info")).trim();
          return Optional.of(info.replace("[", "").replace("]", "").trim());
        }
      }
      return Optional.empty();
    } catch (SQLException e) {
      throw DbException.of(label, e);
    }
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
