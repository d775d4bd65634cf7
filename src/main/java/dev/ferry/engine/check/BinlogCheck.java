package dev.ferry.engine.check;

import dev.ferry.config.SourceConfig;
import dev.ferry.engine.db.BinlogFiles;
import dev.ferry.engine.db.DbException;
import dev.ferry.engine.db.Flavor;
import dev.ferry.engine.db.ServerInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The source's binlog settings for the sync unit (DM {@code binlog_*}, {@code server_id}). */
final class BinlogCheck {

  private BinlogCheck() {}

  static Finding enabled(ServerSession s) {
    ServerInfo info = s.info();
    if (info.logBin()) {
      return Finding.ok(CheckItem.BINLOG_ENABLE, s.name(), "log_bin is ON");
    }
    String fix =
        switch (info.hosting()) {
          case AWS_RDS -> "Turn on automated backups (backup retention period of 1 day or more) for"
              + " the RDS instance: RDS writes the binlog only then.";
          case AWS_AURORA -> "Set binlog_format = ROW in the DB cluster parameter group (this turns"
              + " the binlog on in Aurora), then reboot the writer instance.";
          case SELF_MANAGED -> "Add to the server's my.cnf and restart it:\n[mysqld]\nlog_bin = mysql-bin\n"
              + "server_id = " + Math.max(1, info.serverId()) + "\nbinlog_format = ROW\nbinlog_row_image = FULL";
        };
    return Finding.error(CheckItem.BINLOG_ENABLE, s.name(), "log_bin is OFF",
        "Ferry follows changes by reading the binary log; with it off there is nothing to replicate.", fix);
  }

  static Finding format(ServerSession s) {
    String format = s.info().binlogFormat();
    if (format.equals("ROW")) {
      return Finding.ok(CheckItem.BINLOG_FORMAT, s.name(), "binlog_format is ROW");
    }
    return Finding.error(CheckItem.BINLOG_FORMAT, s.name(), "binlog_format is " + format,
        "Only ROW events carry the changed rows; STATEMENT or MIXED events would have to be re-executed,"
            + " which gives different results on the target. Sessions already open keep their format"
            + " until they reconnect.",
        ServerFixes.setting(s.info(), "binlog_format", "ROW", true));
  }

  static Finding rowImage(ServerSession s) {
    Optional<String> image = s.info().binlogRowImage();
    if (image.isEmpty()) {
      return Finding.ok(CheckItem.BINLOG_ROW_IMAGE, s.name(),
          "the server has no binlog_row_image (always full row images)");
    }
    if (image.get().equals("FULL")) {
      return Finding.ok(CheckItem.BINLOG_ROW_IMAGE, s.name(), "binlog_row_image is FULL");
    }
    return Finding.error(CheckItem.BINLOG_ROW_IMAGE, s.name(), "binlog_row_image is " + image.get(),
        "With MINIMAL or NOBLOB images, update and delete events lack columns, so Ferry cannot rebuild"
            + " the whole row or find it on the target by every key.",
        ServerFixes.setting(s.info(), "binlog_row_image", "FULL", true));
  }

  static List<Finding> serverId(ServerSession s, SourceConfig source) {
    long id = s.info().serverId();
    List<Finding> out = new ArrayList<>();
    if (id <= 0) {
      out.add(Finding.warning(CheckItem.SERVER_ID, s.name(), "server_id is 0",
          "A server with server_id 0 refuses replication clients.",
          ServerFixes.setting(s.info(), "server_id", "1", true)));
    } else if (source.serverId() != null && source.serverId() == id) {
      out.add(Finding.error(CheckItem.SERVER_ID, s.name(),
          "Ferry's server-id " + source.serverId() + " equals the source's own server_id",
          "The source drops a replication client with its own server id.",
          "Set the source's server-id in the task to another number, or leave it empty so Ferry picks one."));
    } else {
      out.add(Finding.ok(CheckItem.SERVER_ID, s.name(), "server_id is " + id));
    }
    return out;
  }

  static Finding gtid(ServerSession s, SourceConfig source) {
    ServerInfo info = s.info();
    if (info.flavor() == Flavor.MARIADB) {
      return Finding.ok(CheckItem.GTID_MODE, s.name(), "MariaDB GTID is always on"
          + (info.gtidBinlogPos().isEmpty() ? "" : " (gtid_binlog_pos " + info.gtidBinlogPos() + ")"));
    }
    String mode = info.gtidMode().orElse("OFF");
    if (source.enableGtid() && !mode.equals("ON")) {
      return Finding.error(CheckItem.GTID_MODE, s.name(), "enable-gtid is on but gtid_mode is " + mode,
          "Ferry resumes by GTID when enable-gtid is on; the source writes no GTIDs.",
          info.hosting().isManaged()
              ? ServerFixes.setting(info, "gtid_mode", "ON", false)
                  + "\nAlso set enforce_gtid_consistency = ON. Or set enable-gtid to false in the task."
              : "SET GLOBAL enforce_gtid_consistency = ON;\nSET GLOBAL gtid_mode = OFF_PERMISSIVE;\n"
                  + "SET GLOBAL gtid_mode = ON_PERMISSIVE;\nSET GLOBAL gtid_mode = ON;\n"
                  + "-- and in my.cnf: gtid_mode = ON, enforce_gtid_consistency = ON.\n"
                  + "Or set enable-gtid to false in the task.");
    }
    if (!source.enableGtid() && mode.equals("ON")) {
      return Finding.info(CheckItem.GTID_MODE, s.name(), "gtid_mode is ON but enable-gtid is off",
          "With enable-gtid Ferry can follow a fail-over to another replica of the same data.",
          "Set enable-gtid to true for this source.");
    }
    return Finding.ok(CheckItem.GTID_MODE, s.name(), "gtid_mode is " + mode);
  }

  /** binlog_db: the server's binlog-do-db / binlog-ignore-db must not leave out copied schemas. */
  static Optional<Finding> binlogDb(ServerSession s, List<String> schemas) {
    BinlogFiles.Status status;
    try {
      status = BinlogFiles.status(s.connection(), s.info(), s.label()).orElse(null);
    } catch (DbException e) {
      return Optional.empty(); // privilege missing: replication_privilege reports it
    }
    if (status == null) {
      return Optional.empty();
    }
    List<String> doDb = split(status.doDb());
    List<String> ignoreDb = split(status.ignoreDb());
    List<String> lost =
        schemas.stream()
            .filter(x -> (!doDb.isEmpty() && !doDb.contains(x)) || ignoreDb.contains(x))
            .toList();
    if (lost.isEmpty()) {
      return Optional.of(Finding.ok(CheckItem.BINLOG_DB, s.name(), "no binlog filter leaves out a copied schema"));
    }
    return Optional.of(Finding.warning(CheckItem.BINLOG_DB, s.name(),
        "binlog_do_db=" + status.doDb() + " binlog_ignore_db=" + status.ignoreDb()
            + " leave out " + String.join(", ", lost),
        "Changes in these schemas are not written to the binlog, so the sync would miss them.",
        "Remove binlog-do-db / binlog-ignore-db from the server's my.cnf (or add these schemas) and restart it."));
  }

  private static List<String> split(String list) {
    return list == null || list.isBlank()
        ? List.of()
        : Arrays.stream(list.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
  }
}
