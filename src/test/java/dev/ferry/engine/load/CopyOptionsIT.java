package dev.ferry.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.config.DumpOptions;
import dev.ferry.config.LoadOptions;
import dev.ferry.config.LoadOptions.OnExistingTable;
import dev.ferry.config.Secret;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.TaskConfig.CollationCompatible;
import dev.ferry.config.TlsConfig;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.config.rules.TablePattern;
import dev.ferry.domain.TaskMode;
import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import dev.ferry.engine.MigrationListener;
import dev.ferry.engine.run.ProgressRegistry;
import dev.ferry.engine.run.RunContext;
import dev.ferry.store.StateStore;
import dev.ferry.testing.MariaDbExtension;
import dev.ferry.testing.MariaDbServer;
import dev.ferry.testing.Sandbox;
import dev.ferry.testing.TableComparison;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The copy's project options through {@link FullCopyUnit}, as a task runs them: on-existing-table,
 * collation_compatible, and views in the selection.
 */
@ExtendWith(MariaDbExtension.class)
class CopyOptionsIT {

  @TempDir Path home;
  private StateStore store;

  @BeforeEach
  void openStore() {
    store = StateStore.open(home);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  /** Source databases (each its own source), each routed to its target database. */
  private TaskConfig task(
      Sandbox sandbox,
      Map<String, String> routes,
      OnExistingTable existing,
      CollationCompatible collation,
      List<TablePattern> doTables) {
    Map<String, BlockAllowList> lists = new LinkedHashMap<>();
    Map<String, RouteRule> rules = new LinkedHashMap<>();
    List<SourceConfig> sources = new ArrayList<>();
    MariaDbServer s = sandbox.source();
    routes.forEach((from, to) -> {
      String id = "s" + (sources.size() + 1);
      lists.put("ba-" + id, new BlockAllowList(doTables.isEmpty() ? List.of(from) : List.of(), doTables, List.of(), List.of()));
      rules.put("r-" + id, RouteRule.of(from, null, to, null));
      sources.add(new SourceConfig(id, s.host(), s.port(), MariaDbServer.USER, Secret.plain(MariaDbServer.PASSWORD),
          TlsConfig.disabled(), null, false, null, new RuleRefs("ba-" + id, List.of("r-" + id), List.of(), List.of()),
          new DumpOptions(2, 500, null, DumpOptions.Consistency.FLUSH, ""),
          LoadOptions.defaults().withOnExistingTable(existing), null));
    });
    MariaDbServer t = sandbox.target();
    TargetConfig target = new TargetConfig(t.host(), t.port(), MariaDbServer.USER,
        Secret.plain(MariaDbServer.PASSWORD), TlsConfig.disabled(), Map.of());
    return new TaskConfig("copy-options-it", TaskMode.FULL, null, false, null, "", collation, List.of(), false, null,
        target, sources, new RuleSets(lists, rules, Map.of(), Map.of()));
  }

  private void run(TaskConfig task) throws InterruptedException {
    run(task, UUID.randomUUID());
  }

  private void run(TaskConfig task, UUID taskId) throws InterruptedException {
    if (store.tasks().find(taskId).isEmpty()) {
      store.tasks().register(taskId, task.name(), home.resolve("t.ferry"), TaskMode.FULL);
    }
    new FullCopyUnit().run(new RunContext(taskId, task, store, new ProgressRegistry(), MigrationListener.NONE, () -> false));
  }

  private static String items(MariaDbServer server, String db) {
    return server.queryString("SELECT GROUP_CONCAT(CONCAT(id, ':', name) ORDER BY id) FROM `" + db + "`.items");
  }

  private static void sourceItems(Sandbox sandbox, String db) {
    sandbox.source().execute("CREATE TABLE `" + db + "`.items (id INT PRIMARY KEY, name VARCHAR(20))",
        "INSERT INTO `" + db + "`.items VALUES (1, 'a'), (2, 'b')");
  }

  @Test
  void failStopsBeforeAnySourceWritesAndLeavesTheExistingTableUntouched(Sandbox sandbox) {
    String src1 = sandbox.sourceDatabase();
    String src2 = sandbox.newDatabase(sandbox.source(), "src2");
    sourceItems(sandbox, src1);
    sourceItems(sandbox, src2);
    String tgt1 = sandbox.targetDatabase();
    String tgt2 = sandbox.newDatabase(sandbox.target(), "tgt2");
    sandbox.target().execute("CREATE TABLE `" + tgt2 + "`.items (id INT PRIMARY KEY, name VARCHAR(20), extra INT)",
        "INSERT INTO `" + tgt2 + "`.items VALUES (7, 'old', 1)");
    Map<String, String> routes = new LinkedHashMap<>();
    routes.put(src1, tgt1); // copied first, but must not start
    routes.put(src2, tgt2);

    assertThatThrownBy(() -> run(task(sandbox, routes, OnExistingTable.FAIL, CollationCompatible.LOOSE, List.of())))
        .isInstanceOfSatisfying(FerryException.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.TARGET_TABLE_EXISTS);
          assertThat(e.getMessage()).contains("`" + tgt2 + "`.`items`").contains("on-existing-table is fail");
          assertThat(e.suggestedAction()).contains("on-existing-table").contains("append or recreate");
        });
    assertThat(items(sandbox.target(), tgt2)).isEqualTo("7:old");
    assertThat(sandbox.target().queryString("SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '"
        + tgt2 + "' AND TABLE_NAME = 'items'")).isEqualTo("3");
    assertThat(sandbox.target().queryString("SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
        + tgt1 + "'")).as("nothing written for the first source").isEqualTo("0");
  }

  @Test
  void tablesTheCopyCreatedAreNotExistingOnARerunOrForTheNextShard(Sandbox sandbox) throws Exception {
    String src = sandbox.sourceDatabase();
    sandbox.source().execute(
        "CREATE TABLE `" + src + "`.part_1 (id INT PRIMARY KEY, name VARCHAR(20))",
        "CREATE TABLE `" + src + "`.part_2 (id INT PRIMARY KEY, name VARCHAR(20))",
        "INSERT INTO `" + src + "`.part_1 VALUES (1, 'a'), (2, 'b')",
        "INSERT INTO `" + src + "`.part_2 VALUES (3, 'c')");
    String tgt = sandbox.targetDatabase();
    TaskConfig plain = task(sandbox, Map.of(src, tgt), OnExistingTable.FAIL, CollationCompatible.LOOSE, List.of());
    RuleSets merged = new RuleSets(plain.rules().blockAllowList(),
        Map.of("r-s1", RouteRule.of(src, "part_*", tgt, "items")), Map.of(), Map.of());
    TaskConfig task = new TaskConfig(plain.name(), TaskMode.FULL, dev.ferry.domain.ShardMode.PESSIMISTIC, false, null,
        "", null, List.of(), false, null, plain.target(), plain.sources(), merged);
    UUID taskId = UUID.randomUUID();

    run(task, taskId);
    assertThat(items(sandbox.target(), tgt)).isEqualTo("1:a,2:b,3:c");
    run(task, taskId); // the same task again: its own table, nothing to copy, no failure
    assertThat(items(sandbox.target(), tgt)).isEqualTo("1:a,2:b,3:c");
  }

  @Test
  void appendKeepsTheExistingRowsAndAddsTheSources(Sandbox sandbox) throws Exception {
    String src = sandbox.sourceDatabase();
    sourceItems(sandbox, src);
    String tgt = sandbox.targetDatabase();
    sandbox.target().execute("CREATE TABLE `" + tgt + "`.items (id INT PRIMARY KEY, name VARCHAR(20))",
        "INSERT INTO `" + tgt + "`.items VALUES (7, 'old')");
    run(task(sandbox, Map.of(src, tgt), OnExistingTable.APPEND, CollationCompatible.LOOSE, List.of()));
    assertThat(items(sandbox.target(), tgt)).isEqualTo("1:a,2:b,7:old");
  }

  @Test
  void recreateDropsTheExistingTableAndCreatesTheSourcesDefinition(Sandbox sandbox) throws Exception {
    String src = sandbox.sourceDatabase();
    sourceItems(sandbox, src);
    String tgt = sandbox.targetDatabase();
    sandbox.target().execute("CREATE TABLE `" + tgt + "`.items (id INT PRIMARY KEY, name VARCHAR(20), extra INT)",
        "INSERT INTO `" + tgt + "`.items VALUES (7, 'old', 1)");
    run(task(sandbox, Map.of(src, tgt), OnExistingTable.RECREATE, CollationCompatible.LOOSE, List.of()));
    TableComparison.assertEqual(sandbox.source(), src, "items", sandbox.target(), tgt, "items");
    assertThat(sandbox.target().queryString("SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '"
        + tgt + "' AND TABLE_NAME = 'items'")).isEqualTo("2");
  }

  @Test
  void strictStatesTheSourcesCollationsOnTheTargetDatabaseTableAndColumns(Sandbox sandbox) throws Exception {
    String src = sandbox.sourceDatabase();
    sandbox.source().execute("ALTER DATABASE `" + src + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci",
        "CREATE TABLE `" + src + "`.words (id INT PRIMARY KEY, w VARCHAR(20) COLLATE utf8mb4_bin,"
            + " l VARCHAR(10) CHARACTER SET latin1 COLLATE latin1_german1_ci, plain VARCHAR(10), e ENUM('x', 'y)')"
            + " CHARACTER SET latin1) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci",
        "INSERT INTO `" + src + "`.words VALUES (1, 'Straße', 'Ä', 'p', 'y)')");
    String strict = absentTargetDatabase(sandbox, "strict");
    String loose = absentTargetDatabase(sandbox, "loose");

    run(task(sandbox, Map.of(src, strict), OnExistingTable.FAIL, CollationCompatible.STRICT, List.of()));
    run(task(sandbox, Map.of(src, loose), OnExistingTable.FAIL, CollationCompatible.LOOSE, List.of()));

    assertThat(databaseCollation(sandbox.target(), strict)).isEqualTo("utf8mb4_unicode_ci");
    assertThat(databaseCollation(sandbox.target(), loose))
        .as("loose: the target's default collation for utf8mb4")
        .isEqualTo(sandbox.target().queryString("SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA"
            + " WHERE SCHEMA_NAME = '" + sandbox.targetDatabase() + "'"));
    assertThat(collations(sandbox.target(), strict, "words")).isEqualTo(collations(sandbox.source(), src, "words"))
        .containsEntry("(table)", "utf8mb4_unicode_520_ci")
        .containsEntry("w", "utf8mb4_bin")
        .containsEntry("l", "latin1_german1_ci")
        .containsEntry("plain", "utf8mb4_unicode_520_ci");
    TableComparison.assertEqual(sandbox.source(), src, "words", sandbox.target(), strict, "words");
  }

  @Test
  void viewsInTheSelectionAreNotCopiedAndDoNotBreakTheCopy(Sandbox sandbox) throws Exception {
    String src = sandbox.sourceDatabase();
    sourceItems(sandbox, src);
    sandbox.source().execute("CREATE VIEW `" + src + "`.v_items AS SELECT id, UPPER(name) AS name FROM `" + src + "`.items");
    String tgt = sandbox.targetDatabase();

    run(task(sandbox, Map.of(src, tgt), OnExistingTable.FAIL, CollationCompatible.LOOSE, List.of()));
    assertThat(items(sandbox.target(), tgt)).isEqualTo("1:a,2:b");
    assertThat(sandbox.target().queryString("SELECT GROUP_CONCAT(TABLE_NAME) FROM information_schema.TABLES"
        + " WHERE TABLE_SCHEMA = '" + tgt + "'")).isEqualTo("items");

    // a view named by do-tables selects nothing
    TaskConfig onlyView = task(sandbox, Map.of(src, tgt), OnExistingTable.FAIL, CollationCompatible.LOOSE,
        List.of(new TablePattern(src, "v_items")));
    try (Connection c = sandbox.source().connect()) {
      assertThat(FullCopyUnit.selectTables(c, onlyView, onlyView.sources().get(0))).isEmpty();
    }
    run(onlyView);
    assertThat(items(sandbox.target(), tgt)).isEqualTo("1:a,2:b");
  }

  private static String absentTargetDatabase(Sandbox sandbox, String hint) {
    String name = sandbox.newDatabase(sandbox.target(), hint); // dropped again after the test
    sandbox.target().execute("DROP DATABASE `" + name + "`");
    return name;
  }

  private static String databaseCollation(MariaDbServer server, String db) {
    return server.queryString("SELECT DEFAULT_COLLATION_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = '" + db + "'");
  }

  /** "(table)" → the table's collation, then column → collation for character columns. */
  private static Map<String, String> collations(MariaDbServer server, String db, String table) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    try (Connection c = server.connect(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = '"
          + db + "' AND TABLE_NAME = '" + table + "'")) {
        rs.next();
        out.put("(table)", rs.getString(1));
      }
      try (ResultSet rs = s.executeQuery("SELECT COLUMN_NAME, COLLATION_NAME FROM information_schema.COLUMNS"
          + " WHERE TABLE_SCHEMA = '" + db + "' AND TABLE_NAME = '" + table + "' AND COLLATION_NAME IS NOT NULL"
          + " ORDER BY ORDINAL_POSITION")) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return out;
  }
}
