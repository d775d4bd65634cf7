package dev.ferry.ui;

import dev.ferry.config.SourceConfig;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.engine.CheckResult;
import dev.ferry.engine.ConnectionTest;
import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import dev.ferry.engine.PrecheckReport;
import dev.ferry.engine.SourceBrowser;
import dev.ferry.service.ServerAccess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Canned servers for UI tests: two shard schemas and a CRM schema; a configurable precheck. */
public final class FakeServerAccess implements ServerAccess {

  public volatile boolean precheckFindsErrors;
  public volatile boolean refuseLogin;
  public final List<TaskConfig> prechecked = new ArrayList<>();

  public static final List<SourceBrowser.Table> TABLES =
      List.of(
          new SourceBrowser.Table("crm", "contacts", 52_000, 9_400_000),
          new SourceBrowser.Table("crm", "users", 120_000, 31_000_000),
          new SourceBrowser.Table("shop_01", "customers", 80_000, 12_000_000),
          new SourceBrowser.Table("shop_01", "orders", 2_400_000, 610_000_000),
          new SourceBrowser.Table("shop_02", "customers", 79_000, 11_800_000),
          new SourceBrowser.Table("shop_02", "orders", 2_350_000, 598_000_000));

  @Override
  public ConnectionTest.Result testSource(SourceConfig source) {
    if (refuseLogin) {
      throw new FerryException(ErrorCode.AUTH_FAILED, source.host(), "Access denied for user 'x'");
    }
    return new ConnectionTest.Result(
        "MariaDB 11.4.5",
        "MariaDB",
        "11.4.5-MariaDB-log",
        "ferry@%",
        true,
        "ROW",
        "FULL",
        "GTID 0-1-4711");
  }

  @Override
  public ConnectionTest.Result testTarget(TargetConfig target) {
    return new ConnectionTest.Result(
        "TiDB 8.5.1", "TiDB", "8.0.11-TiDB-v8.5.1", "root@%", true, "", "", "");
  }

  @Override
  public List<SourceBrowser.Table> tables(SourceConfig source) {
    return TABLES;
  }

  @Override
  public PrecheckReport precheck(TaskConfig task) {
    prechecked.add(task);
    List<CheckResult> results = new ArrayList<>();
    if (precheckFindsErrors) {
      results.add(
          new CheckResult(
              "dump_privilege",
              CheckResult.Severity.ERROR,
              "source 'mysql-01'",
              "The account ferry@% lacks RELOAD and REPLICATION CLIENT.",
              "The copy needs them for a consistent snapshot.",
              "GRANT RELOAD, REPLICATION CLIENT ON *.* TO 'ferry'@'%';"));
    }
    results.add(
        new CheckResult(
            "binlog_retention",
            CheckResult.Severity.WARNING,
            "source 'mysql-01'",
            "Binlogs are kept for 1 day; the copy is estimated to take 5 hours.",
            "A purged binlog stops the sync.",
            "SET GLOBAL binlog_expire_logs_seconds = 604800;"));
    results.add(
        new CheckResult(
            "estimate",
            CheckResult.Severity.INFO,
            "source 'mysql-01'",
            "about 5,029,000 rows, 1.2 GiB in 5 table(s): the copy takes about 25 min at 3,400 rows/s",
            "Row counts are the server's estimates; the speed comes from a short sample read.",
            ""));
    results.add(
        new CheckResult(
            "binlog_format", CheckResult.Severity.OK, "source 'mysql-01'", "ROW", "", ""));
    results.add(
        new CheckResult(
            "table_schema",
            CheckResult.Severity.OK,
            "source 'mysql-01'",
            "All tables have a primary key.",
            "",
            ""));
    return new PrecheckReport(
        task.name(), Instant.now(), Duration.ofMillis(840), results, List.of(), false);
  }
}
