package dev.ferry.engine.check;

import dev.ferry.domain.TaskMode;
import dev.ferry.engine.db.DbException;
import dev.ferry.engine.db.ServerInfo;
import java.time.Duration;
import java.util.Optional;

/** binlog_retention: binlogs must outlive the copy, or the sync cannot start after it. */
final class RetentionCheck {

  static final Duration MINIMUM = Duration.ofHours(24);

  private RetentionCheck() {}

  static Finding check(ServerSession s, TaskMode mode, Optional<Duration> copyTime) {
    ServerInfo info = s.info();
    Duration needed = MINIMUM;
    if (mode.hasDump() && copyTime.isPresent() && copyTime.get().multipliedBy(2).compareTo(needed) > 0) {
      needed = copyTime.get().multipliedBy(2);
    }
    long hours = Math.max(1, (needed.toMinutes() + 59) / 60);
    if (info.hosting().isManaged()) {
      Optional<Long> configured = rdsRetentionHours(s);
      if (configured.isPresent() && configured.get() >= hours) {
        return Finding.ok(CheckItem.BINLOG_RETENTION, s.name(), "binlog retention hours is " + configured.get());
      }
      return Finding.warning(CheckItem.BINLOG_RETENTION, s.name(),
          "binlog retention hours is " + configured.map(String::valueOf).orElse("not set (RDS purges binlogs within minutes)"),
          "If the binlog written since the snapshot is purged before the sync reaches it, the task must copy everything again.",
          "CALL mysql.rds_set_configuration('binlog retention hours', " + hours + ");");
    }
    Optional<Duration> retention = info.binlogRetention();
    if (retention.isEmpty() || retention.get().compareTo(needed) >= 0) {
      return Finding.ok(CheckItem.BINLOG_RETENTION, s.name(),
          retention.map(r -> "binlogs are kept " + Estimate.human(r)).orElse("binlogs are not purged by age"));
    }
    return Finding.warning(CheckItem.BINLOG_RETENTION, s.name(),
        "binlogs are kept " + Estimate.human(retention.get()) + ", Ferry may need " + Estimate.human(needed),
        "If the binlog written since the snapshot is purged before the sync reaches it, the task must copy everything again.",
        ServerFixes.setting(info, "binlog_expire_logs_seconds", Long.toString(hours * 3600), true));
  }

  private static Optional<Long> rdsRetentionHours(ServerSession s) {
    try {
      return s.query("CALL mysql.rds_show_configuration",
              rs -> "binlog retention hours".equalsIgnoreCase(rs.getString(1)) ? rs.getString(2) : null)
          .stream()
          .filter(v -> v != null && v.matches("\\d+"))
          .map(Long::parseLong)
          .findFirst();
    } catch (DbException e) {
      return Optional.empty();
    }
  }
}
