package dev.ferry.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.config.LoadOptions;
import dev.ferry.config.Secret;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.domain.ShardMode;
import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import dev.ferry.domain.TaskMode;
import dev.ferry.engine.CheckResult.Severity;
import dev.ferry.engine.run.ProgressRegistry;
import dev.ferry.engine.run.RunContext;
import dev.ferry.store.StateStore;
import dev.ferry.testing.MariaDbExtension;
import dev.ferry.testing.Sandbox;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The precheck against the shared MariaDB source and target. */
@ExtendWith(MariaDbExtension.class)
class PrecheckIT {

  private static final AtomicInteger USERS = new AtomicInteger();


  static PrecheckReport run(TaskConfig task) {
    return Precheck.run(task, new PrecheckOptions(Duration.ofSeconds(3), Duration.ofSeconds(20), Duration.ofSeconds(60), 4, Duration.ofMillis(100)));
  }

  static CheckResult only(PrecheckReport report, String id, Severity severity) {
    List<CheckResult> hits = report.results().stream().filter(r -> r.id().equals(id) && r.severity() == severity).toList();
    assertThat(hits).as("%s %s in %s", id, severity, report.results()).hasSize(1);
    return hits.get(0);
  }

  private static String cleanTable(Sandbox sandbox) {
    return cleanTable(sandbox, "src");
  }

  private static String cleanTable(Sandbox sandbox, String hint) {
    String db = sandbox.newDatabase(sandbox.source(), hint);
    sandbox.source().execute("CREATE TABLE `" + db + "`.items (id INT PRIMARY KEY, name VARCHAR(20))",
        "INSERT INTO `" + db + "`.items VALUES (1, 'a'), (2, 'b')");
    return db;
  }

  @Test
  void cleanSetupPassesWithoutErrors(Sandbox sandbox) {
    String db = cleanTable(sandbox);
    TaskConfig task = PrecheckTasks.task().source("s1", sandbox.source(), "root", "", List.of(db)).target(sandbox.target()).build();
    PrecheckReport report = run(task);
    assertThat(report.errors()).as(report.results().toString()).isEmpty();
    assertThat(report.byId("connection")).hasSize(2).allMatch(r -> r.severity() == Severity.OK);
    assertThat(report.byId("binlog_format")).singleElement().extracting(CheckResult::found).isEqualTo("binlog_format is ROW");
    assertThat(report.byId("estimate")).singleElement().extracting(CheckResult::severity).isEqualTo(Severity.INFO);
  }

  @Test
  void accountWithoutPrivilegesGetsTheExactGrants(Sandbox sandbox) {
    String db = cleanTable(sandbox);
    String user = "weak" + USERS.incrementAndGet();
    sandbox.source().execute("CREATE USER '" + user + "'@'127.0.0.1' IDENTIFIED BY 'x'");
    try {
      TaskConfig task = PrecheckTasks.task().source("s1", sandbox.source(), user, "x", List.of(db)).target(sandbox.target()).build();
      PrecheckReport report = run(task);
      String account = "'" + user + "'@'127.0.0.1'";
      CheckResult dump = only(report, "dump_privilege", Severity.ERROR);
      assertThat(dump.fix()).contains("GRANT SELECT ON `" + db + "`.* TO " + account + ";")
          .contains("GRANT RELOAD ON *.* TO " + account + ";");
      CheckResult replication = only(report, "replication_privilege", Severity.ERROR);
      assertThat(replication.fix()).isEqualTo("GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO " + account + ";");

      // Applying the proposed fixes makes both checks pass.
      sandbox.source().execute(dump.fix().split("\n"));
      sandbox.source().execute(replication.fix());
      PrecheckReport fixed = run(task);
      assertThat(fixed.byId("dump_privilege")).singleElement().extracting(CheckResult::severity).isEqualTo(Severity.OK);
      assertThat(fixed.byId("replication_privilege")).singleElement().extracting(CheckResult::severity).isEqualTo(Severity.OK);
    } finally {
      sandbox.source().execute("DROP USER '" + user + "'@'127.0.0.1'");
    }
  }

  @Test
  void targetAccountWithoutPrivilegesGetsGrantsPerTargetSchema(Sandbox sandbox) {
    String db = cleanTable(sandbox);
    String user = "tweak" + USERS.incrementAndGet();
    sandbox.target().execute("CREATE USER '" + user + "'@'127.0.0.1' IDENTIFIED BY 'y'",
        "GRANT SELECT, INSERT ON `" + db + "`.* TO '" + user + "'@'127.0.0.1'");
    try {
      TaskConfig task = PrecheckTasks.task().source("s1", sandbox.source(), "root", "", List.of(db))
          .target(sandbox.target(), user, "y").build();
      CheckResult target = only(run(task), "target_privilege", Severity.ERROR);
      assertThat(target.found()).contains("UPDATE, DELETE, CREATE, ALTER, INDEX, DROP");
      assertThat(target.fix()).isEqualTo("GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP ON `"
          + db + "`.* TO '" + user + "'@'127.0.0.1';");
    } finally {
      sandbox.target().execute("DROP USER '" + user + "'@'127.0.0.1'");
    }
  }

  @Test
  void wrongPasswordShowsTheServersRefusal(Sandbox sandbox) {
    String db = cleanTable(sandbox);
    TaskConfig task = PrecheckTasks.task().source("s1", sandbox.source(), "root", "not-the-password", List.of(db))
        .target(sandbox.target()).build();
    PrecheckReport report = run(task);
    CheckResult connection = only(report, "connection", Severity.ERROR);
    assertThat(connection.target()).isEqualTo("source 's1'");
    assertThat(connection.found()).contains("Access denied").contains("1045");
    assertThat(connection.fix()).contains("Check the user name and password");
    assertThat(report.byId("version")).extracting(CheckResult::target).containsExactly("target");
  }

  @Test
  void unreachableHostFailsFastWithoutHidingTheTarget(Sandbox sandbox) throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    TaskConfig task = PrecheckTasks.task().source("gone", "127.0.0.1", closedPort, "root", "", List.of("x"))
        .target(sandbox.target()).build();
    long start = System.nanoTime();
    PrecheckReport report = run(task);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    CheckResult connection = only(report, "connection", Severity.ERROR);
    assertThat(connection.found()).contains("127.0.0.1:" + closedPort);
    assertThat(connection.fix()).contains("listens on 127.0.0.1:" + closedPort);
    assertThat(report.byId("connection")).extracting(CheckResult::target).containsExactly("source 'gone'", "target");
  }

  @Test
  void tableWithoutKeyIsAWarningWithTheAlterStatement(Sandbox sandbox) {
    String db = cleanTable(sandbox);
    sandbox.source().execute("CREATE TABLE `" + db + "`.nokey (a INT, b INT)");
    TaskConfig task = PrecheckTasks.task().source("s1", sandbox.source(), "root", "", List.of(db)).target(sandbox.target()).build();
    PrecheckReport report = run(task);
    CheckResult key = only(report, "table_schema", Severity.WARNING);
    assertThat(key.target()).isEqualTo("source 's1': `" + db + "`.`nokey`");
    assertThat(key.fix()).contains("ALTER TABLE `" + db + "`.`nokey` ADD PRIMARY KEY");
    assertThat(report.hasErrors()).isFalse();

    PrecheckReport ignored = run(PrecheckTasks.task().source("s1", sandbox.source(), "root", "", List.of(db))
        .target(sandbox.target()).ignore("table_schema").build());
    assertThat(ignored.byId("table_schema")).isEmpty();
  }

  @Test
  void tablesRoutedToTheSameNameCollideUnlessShardModeIsSet(Sandbox sandbox) {
    String db1 = cleanTable(sandbox, "a");
    String db2 = cleanTable(sandbox, "b");
    TaskConfig task = PrecheckTasks.task().source("s1", sandbox.source(), "root", "", List.of(db1, db2), "r1", "r2")
        .route("r1", db1, "", "merged", "").route("r2", db2, "", "merged", "").target(sandbox.target()).build();
    CheckResult collision = only(run(task), "table_name_collision", Severity.ERROR);
    assertThat(collision.target()).isEqualTo("target: `merged`.`items`");
    assertThat(collision.found()).contains("`" + db1 + "`.`items`").contains("`" + db2 + "`.`items`");
    assertThat(collision.fix()).contains("shard-mode");
  }

  @Test
  void shardModeOnASyncingTaskSaysShardAndOnlineDdlAreNotHandledYet(Sandbox sandbox) {
    String db1 = cleanTable(sandbox, "a");
    String db2 = cleanTable(sandbox, "b");
    TaskConfig task = PrecheckTasks.task().shardMode(ShardMode.PESSIMISTIC)
        .source("s1", sandbox.source(), "root", "", List.of(db1, db2), "r1", "r2")
        .route("r1", db1, "", "merged", "").route("r2", db2, "", "merged", "").target(sandbox.target()).build();
    PrecheckReport report = run(task);
    CheckResult shard = only(report, "shard_ddl", Severity.WARNING);
    assertThat(shard.target()).isEqualTo("target: `merged`.`items`");
    assertThat(shard.found()).contains("not supported yet");
    assertThat(only(report, "online_ddl_replay", Severity.WARNING).found()).contains("merged");
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void nonEmptyTargetTableIsReportedWithTruncate(Sandbox sandbox) {
    String db = cleanTable(sandbox);
    String tdb = sandbox.targetDatabase();
    sandbox.target().execute("CREATE TABLE `" + tdb + "`.items (id INT PRIMARY KEY, name VARCHAR(20))",
        "INSERT INTO `" + tdb + "`.items VALUES (7, 'old')");
    TaskConfig task = PrecheckTasks.task()
        .load(LoadOptions.defaults().withOnExistingTable(LoadOptions.OnExistingTable.APPEND))
        .source("s1", sandbox.source(), "root", "", List.of(db), "r")
        .route("r", db, "", tdb, "").target(sandbox.target()).build();
    CheckResult empty = only(run(task), "downstream_table_empty", Severity.WARNING);
    assertThat(empty.target()).isEqualTo("target: `" + tdb + "`.`items`");
    assertThat(empty.fix()).contains("TRUNCATE TABLE `" + tdb + "`.`items`;");
  }

  @Test
  void anExistingTargetTableIsAWarningNamingOnExistingTableByDefault(Sandbox sandbox) {
    String db = cleanTable(sandbox);
    String tdb = sandbox.targetDatabase();
    sandbox.target().execute("CREATE TABLE `" + tdb + "`.items (id INT PRIMARY KEY, name VARCHAR(20))");
    TaskConfig task = PrecheckTasks.task().source("s1", sandbox.source(), "root", "", List.of(db), "r")
        .route("r", db, "", tdb, "").target(sandbox.target()).build();
    CheckResult existing = only(run(task), "downstream_table_empty", Severity.WARNING);
    assertThat(existing.target()).isEqualTo("target: `" + tdb + "`.`items`");
    assertThat(existing.why()).contains("on-existing-table is fail");
    assertThat(existing.fix()).contains("append or recreate");
  }

  @Test
  void aResumedRunDoesNotReportTheTablesItsOwnCopyCreated(Sandbox sandbox, @TempDir Path home) {
    String db = cleanTable(sandbox);
    String tdb = sandbox.targetDatabase();
    sandbox.target().execute("CREATE TABLE `" + tdb + "`.items (id INT PRIMARY KEY, name VARCHAR(20))",
        "CREATE TABLE `" + tdb + "`.foreign_one (id INT PRIMARY KEY)");
    sandbox.source().execute("CREATE TABLE `" + db + "`.foreign_one (id INT PRIMARY KEY)");
    TaskConfig task = PrecheckTasks.task().source("s1", sandbox.source(), "root", "", List.of(db), "r")
        .route("r", db, "", tdb, "").target(sandbox.target()).build();
    UUID taskId = UUID.randomUUID();
    try (StateStore store = StateStore.open(home)) {
      store.tasks().register(taskId, task.name(), home.resolve("t.ferry"), TaskMode.ALL);
      store.progress().register(taskId, SourceTable.of("s1", db, "items"), TableId.of(tdb, "items"), 2);
      PrecheckReport report = PrecheckUnit.withoutOwnTables(run(task),
          new RunContext(taskId, task, store, new ProgressRegistry(), MigrationListener.NONE, () -> false));
      assertThat(report.byId("downstream_table_empty")).extracting(CheckResult::target)
          .containsExactly("target: `" + tdb + "`.`foreign_one`");
    }
  }

  @Test
  void viewsTriggersAndRoutinesOfSelectedSchemasAreListedAsNotCopied(Sandbox sandbox) {
    String db = cleanTable(sandbox);
    String other = cleanTable(sandbox, "other");
    sandbox.source().execute(
        "CREATE VIEW `" + db + "`.v_items AS SELECT id FROM `" + db + "`.items",
        "CREATE TRIGGER `" + db + "`.trg_items BEFORE INSERT ON `" + db + "`.items FOR EACH ROW SET NEW.name = UPPER(NEW.name)",
        "CREATE PROCEDURE `" + db + "`.p_touch() SELECT 1",
        "CREATE FUNCTION `" + db + "`.f_twice(x INT) RETURNS INT DETERMINISTIC RETURN 2 * x",
        "CREATE VIEW `" + other + "`.v_not_selected AS SELECT 1 AS one");
    TaskConfig task = PrecheckTasks.task().source("s1", sandbox.source(), "root", "", List.of(db))
        .target(sandbox.target()).build();
    PrecheckReport report = run(task);
    CheckResult skipped = only(report, "skipped_objects", Severity.WARNING);
    assertThat(skipped.target()).isEqualTo("source 's1': `" + db + "`");
    assertThat(skipped.found())
        .contains("1 view (`v_items`)")
        .contains("1 trigger (`trg_items` on `items`)")
        .contains("1 procedure (`p_touch`)")
        .contains("1 function (`f_twice`)")
        .doesNotContain("v_not_selected");
    assertThat(skipped.fix()).contains("create them on the target by hand").contains("cut-over");
    assertThat(report.hasErrors()).as(report.results().toString()).isFalse();

    PrecheckReport clean = run(PrecheckTasks.task().source("s1", sandbox.source(), "root", "", List.of(other + "_none"))
        .target(sandbox.target()).build());
    assertThat(clean.byId("skipped_objects")).singleElement().extracting(CheckResult::severity).isEqualTo(Severity.OK);
  }

  @Test
  void ignoringAllSkipsEverything(Sandbox sandbox) {
    TaskConfig task = PrecheckTasks.task().source("s1", "127.0.0.1", 1, "root", "", List.of("x"))
        .target(sandbox.target()).ignore("all").build();
    PrecheckReport report = run(task);
    assertThat(report.skipped()).isTrue();
    assertThat(report.results()).isEmpty();
  }

  @Test
  void unresolvedPasswordIsAnErrorBeforeConnecting(Sandbox sandbox) {
    TaskConfig task = PrecheckTasks.task().source("s1", sandbox.source(), "root", "", List.of("x")).target(sandbox.target()).build();
    SourceConfig s = task.sources().get(0);
    SourceConfig asking = new SourceConfig(s.sourceId(), s.host(), s.port(), s.user(), Secret.ask(), s.tls(), null, false,
        null, s.rules(), s.dump(), s.load(), s.sync());
    TaskConfig unresolved = new TaskConfig(task.name(), task.taskMode(), task.shardMode(), false, task.onlineDdl(), "",
        null, List.of(), false, null, task.target(), List.of(asking), task.rules());
    assertThatThrownBy(() -> run(unresolved)).isInstanceOf(FerryException.class)
        .extracting(e -> ((FerryException) e).code()).isEqualTo(ErrorCode.SECRET_UNAVAILABLE);
  }

}
