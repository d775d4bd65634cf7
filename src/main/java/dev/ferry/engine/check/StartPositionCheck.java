package dev.ferry.engine.check;

import dev.ferry.config.SourceConfig;
import dev.ferry.config.StartPosition;
import dev.ferry.domain.BinlogPosition;
import dev.ferry.engine.db.BinlogFiles;
import dev.ferry.engine.db.DbError;
import dev.ferry.engine.db.DbException;
import dev.ferry.engine.db.Flavor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** meta_position: the configured start position or GTID of an incremental task is still there. */
final class StartPositionCheck {

  private static final Pattern MARIADB_GTID = Pattern.compile("\\d+-\\d+-\\d+(\\s*,\\s*\\d+-\\d+-\\d+)*");

  private StartPositionCheck() {}

  static Optional<Finding> check(ServerSession s, SourceConfig source) {
    StartPosition meta = source.meta();
    if (meta == null || meta.isEmpty()) {
      return Optional.empty();
    }
    List<BinlogFiles.BinlogFile> files;
    try {
      files = BinlogFiles.list(s.connection(), s.label());
    } catch (DbException e) {
      return Optional.of(Finding.warning(CheckItem.META_POSITION, s.name(),
          "cannot list the binlog files: " + e.getMessage(),
          "Ferry cannot tell whether the configured start position still exists.",
          e.kind() == DbError.PRIVILEGE_MISSING ? "Grant REPLICATION CLIENT (see replication_privilege)." : ""));
    }
    String oldest = files.isEmpty() ? "(none)" : files.get(0).name();
    String fixPosition = "Choose a start position the source still has (SHOW BINARY LOGS; oldest file: "
        + oldest + "), or run the task in mode 'all' to copy the data first.";
    if (source.enableGtid() && meta.binlogGtid() != null && !meta.binlogGtid().isBlank()) {
      return Optional.of(gtid(s, meta.binlogGtid().trim(), files, fixPosition));
    }
    Optional<BinlogPosition> position = meta.toPosition();
    if (position.isEmpty()) {
      return Optional.empty();
    }
    BinlogPosition p = position.get();
    for (BinlogFiles.BinlogFile f : files) {
      if (f.name().equals(p.file())) {
        if (p.position() > f.size()) {
          return Optional.of(Finding.error(CheckItem.META_POSITION, s.name(),
              "position " + p.position() + " is past the end of " + f.name() + " (" + f.size() + " bytes)",
              "The sync would start from a point that does not exist.", fixPosition));
        }
        return Optional.of(Finding.ok(CheckItem.META_POSITION, s.name(), p + " is available"));
      }
    }
    boolean purged = !files.isEmpty()
        && p.compareTo(BinlogPosition.of(files.get(0).name(), 4)) < 0;
    return Optional.of(Finding.error(CheckItem.META_POSITION, s.name(),
        p.file() + (purged ? " has been purged" : " does not exist on the source"),
        "The sync cannot start from a binlog file the source no longer has; changes since then are lost"
            + " to Ferry.",
        fixPosition));
  }

  private static Finding gtid(
      ServerSession s, String gtid, List<BinlogFiles.BinlogFile> files, String fix) {
    if (s.info().flavor() == Flavor.MARIADB) {
      if (!MARIADB_GTID.matcher(gtid).matches()) {
        return Finding.error(CheckItem.META_POSITION, s.name(), "'" + gtid + "' is not a MariaDB GTID list",
            "MariaDB GTIDs look like domain-server-sequence, e.g. 0-1-42.",
            "Set binlog-gtid to the value of SELECT @@gtid_binlog_pos at the point to start from.");
      }
      if (files.isEmpty()) {
        return Finding.ok(CheckItem.META_POSITION, s.name(), "GTID " + gtid);
      }
      Optional<String> atStart =
          BinlogFiles.mariaDbGtidListAtStart(s.connection(), files.get(0).name(), s.label());
      Map<Long, Long> start = seqByDomain(gtid);
      for (Map.Entry<Long, Long> purged : seqByDomain(atStart.orElse("")).entrySet()) {
        Long wanted = start.get(purged.getKey());
        if (wanted != null && wanted < purged.getValue()) {
          return Finding.error(CheckItem.META_POSITION, s.name(),
              "GTID " + gtid + " is older than the oldest binlog (" + atStart.get() + ")",
              "Transactions after the start GTID have been purged from the source.", fix);
        }
      }
      return Finding.ok(CheckItem.META_POSITION, s.name(), "GTID " + gtid + " is available");
    }
    List<Integer> subset =
        s.query("SELECT GTID_SUBSET(@@GLOBAL.gtid_purged, ?)", List.of(gtid), rs -> rs.getInt(1));
    if (!subset.isEmpty() && subset.get(0) == 1) {
      return Finding.ok(CheckItem.META_POSITION, s.name(), "GTID set " + gtid + " is available");
    }
    return Finding.error(CheckItem.META_POSITION, s.name(),
        "transactions not in " + gtid + " have been purged (gtid_purged is not contained in it)",
        "The sync would miss the purged transactions.", fix);
  }

  static Map<Long, Long> seqByDomain(String list) {
    Map<Long, Long> out = new HashMap<>();
    for (String part : list.split(",")) {
      String[] f = part.trim().split("-");
      if (f.length == 3) {
        out.merge(Long.parseLong(f[0]), Long.parseLong(f[2]), Math::max);
      }
    }
    return out;
  }
}
