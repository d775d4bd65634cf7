package dev.ferry.config;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.TaskMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks of each source: its id, connection, server id, start position and unit options. */
final class SourceChecks {

  private static final String UUID =
      "[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?" + "[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}";
  private static final Pattern MYSQL_GTID_SET =
      Pattern.compile(
          "\\s*"
              + UUID
              + "(?::(?:[a-z_][a-z0-9_]{0,31}|\\d+(?:-\\d+)?))+"
              + "(?:\\s*,\\s*"
              + UUID
              + "(?::(?:[a-z_][a-z0-9_]{0,31}|\\d+(?:-\\d+)?))+)*\\s*");
  private static final Pattern MARIADB_GTID_LIST =
      Pattern.compile("\\s*\\d+-\\d+-\\d+(?:\\s*,\\s*\\d+-\\d+-\\d+)*\\s*");

  /** The first event of every binlog file starts at offset 4, after the magic number. */
  static final long FIRST_EVENT_POSITION = 4;

  private SourceChecks() {}

  static void check(TaskConfig task, List<ConfigProblem> problems) {
    Map<String, Integer> firstIndexById = new HashMap<>();
    for (int i = 0; i < task.sources().size(); i++) {
      SourceConfig source = task.sources().get(i);
      String path = "sources[" + i + "]";
      if (source == null) {
        problems.add(ConfigProblem.error(path, "The source is empty.", "Remove it."));
        continue;
      }
      checkSourceId(path, source.sourceId(), i, firstIndexById, problems);
      ConnectionChecks.check(
          path,
          source.host(),
          source.port(),
          source.user(),
          source.password(),
          source.tls(),
          problems);
      if (source.serverId() != null && source.serverId() <= 0) {
        problems.add(
            ConfigProblem.error(
                path + ".server-id",
                "server-id " + source.serverId() + " is not a positive number.",
                "Use a server id no other replica of this source uses, or leave it empty to let"
                    + " Ferry choose one."));
      }
      checkMeta(path + ".meta", task.taskMode(), source, problems);
      UnitOptionChecks.check(
          path, task.taskMode(), source, ConfigValidator.foreignKeyChecksOn(task), problems);
    }
    UnitOptionChecks.checkOnExistingTable(task, problems);
  }

  private static void checkSourceId(
      String path,
      String sourceId,
      int index,
      Map<String, Integer> firstIndexById,
      List<ConfigProblem> problems) {
    String at = path + ".source-id";
    if (sourceId == null || sourceId.isBlank()) {
      problems.add(
          ConfigProblem.error(at, "The source has no source-id.", "Give it a short unique id."));
      return;
    }
    if (sourceId.length() > ConfigValidator.MAX_SOURCE_ID_LENGTH) {
      problems.add(
          ConfigProblem.error(
              at,
              "source-id is "
                  + sourceId.length()
                  + " characters long; the limit is "
                  + ConfigValidator.MAX_SOURCE_ID_LENGTH
                  + ".",
              "Use a shorter id."));
    }
    Integer first = firstIndexById.putIfAbsent(sourceId, index);
    if (first != null) {
      problems.add(
          ConfigProblem.error(
              at,
              "source-id \"" + sourceId + "\" is already used by sources[" + first + "].",
              "Give every source a different id."));
    }
  }

  private static void checkMeta(
      String path, TaskMode mode, SourceConfig source, List<ConfigProblem> problems) {
    StartPosition meta = source.meta();
    boolean present =
        meta != null
            && (isSet(meta.binlogName()) || isSet(meta.binlogGtid()) || meta.binlogPos() != null);
    if (mode == null) {
      return;
    }
    if (mode.hasDump()) {
      if (present) {
        problems.add(
            ConfigProblem.warning(
                path,
                "meta is ignored in "
                    + mode.dmName()
                    + " mode: "
                    + (mode.hasSync()
                        ? "the sync starts from the position recorded by the dump."
                        : "this mode does not replicate the binlog."),
                "Remove meta, or use incremental mode to start from it."));
      }
      return;
    }
    if (!present) {
      problems.add(
          ConfigProblem.warning(
              path,
              "No start position (meta) is set: a first run has no checkpoint to start from.",
              "Set binlog-name and binlog-pos, or binlog-gtid, unless the task resumes from a"
                  + " checkpoint."));
      return;
    }
    checkPresentMeta(path, meta, source.enableGtid(), problems);
  }

  private static void checkPresentMeta(
      String path, StartPosition meta, boolean enableGtid, List<ConfigProblem> problems) {
    if (meta.isEmpty()) {
      problems.add(
          ConfigProblem.error(
              path,
              "meta has neither binlog-name nor binlog-gtid.",
              "Set binlog-name (and binlog-pos) or binlog-gtid."));
      return;
    }
    if (enableGtid && !isSet(meta.binlogGtid())) {
      problems.add(
          ConfigProblem.error(
              path + ".binlog-gtid",
              "enable-gtid is on, so the start position needs binlog-gtid.",
              "Set binlog-gtid (SELECT @@gtid_executed on MySQL, @@gtid_binlog_pos on MariaDB),"
                  + " or turn enable-gtid off."));
    }
    if (!enableGtid && !isSet(meta.binlogName())) {
      problems.add(
          ConfigProblem.error(
              path + ".binlog-name",
              "enable-gtid is off, so the start position needs binlog-name.",
              "Set binlog-name and binlog-pos (SHOW MASTER STATUS), or turn enable-gtid on."));
    }
    if (isSet(meta.binlogName())
        && BinlogPosition.of(meta.binlogName(), FIRST_EVENT_POSITION).fileSequence() < 0) {
      problems.add(
          ConfigProblem.error(
              path + ".binlog-name",
              "\"" + meta.binlogName() + "\" is not a binlog file name.",
              "Use the name SHOW BINARY LOGS lists, such as mysql-bin.000042."));
    }
    if (meta.binlogPos() != null) {
      if (!isSet(meta.binlogName())) {
        problems.add(
            ConfigProblem.warning(
                path + ".binlog-pos",
                "binlog-pos is ignored without binlog-name.",
                "Set binlog-name too, or remove binlog-pos."));
      } else if (meta.binlogPos() < FIRST_EVENT_POSITION) {
        problems.add(
            ConfigProblem.error(
                path + ".binlog-pos",
                "binlog-pos " + meta.binlogPos() + " is before the first event of a binlog file.",
                "Use 4 for the start of the file, or a position SHOW MASTER STATUS shows."));
      }
    }
    if (isSet(meta.binlogGtid()) && !isGtidSet(meta.binlogGtid())) {
      problems.add(
          ConfigProblem.error(
              path + ".binlog-gtid",
              "\"" + meta.binlogGtid() + "\" is neither a MySQL GTID set nor a MariaDB GTID list.",
              "Use the MySQL form 3e11fa47-71ca-11e1-9e33-c80aa9429562:1-5 or the MariaDB form"
                  + " 0-1-42."));
    }
  }

  /** Whether {@code text} is a MySQL GTID set (uuid[:tag]:interval…) or a MariaDB GTID list. */
  static boolean isGtidSet(String text) {
    return MYSQL_GTID_SET.matcher(text).matches() || MARIADB_GTID_LIST.matcher(text).matches();
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }
}
