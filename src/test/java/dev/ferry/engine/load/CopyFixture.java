package dev.ferry.engine.load;

import dev.ferry.config.DumpOptions;
import dev.ferry.config.DumpOptions.Consistency;
import dev.ferry.config.LoadOptions;
import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import dev.ferry.domain.TaskMode;
import dev.ferry.engine.run.ProgressRegistry;
import dev.ferry.engine.run.Threads;
import dev.ferry.store.StateStore;
import dev.ferry.testing.MariaDbServer;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Builds a {@link FullCopy} between the harness's servers with a store of its own. */
final class CopyFixture {

  static final String SOURCE_ID = "s1";

  final StateStore store;
  final UUID taskId;
  final ProgressRegistry progress = new ProgressRegistry();

  CopyFixture(Path home, UUID taskId) {
    this.store = StateStore.open(home);
    this.taskId = taskId;
    if (store.tasks().find(taskId).isEmpty()) {
      store.tasks().register(taskId, "copy-test", home.resolve("t.ferry"), TaskMode.FULL);
    }
  }

  static CopySettings settings(int threads, long chunkRows, Consistency consistency) {
    return CopySettings.of(
        new DumpOptions(threads, chunkRows, null, consistency, ""), LoadOptions.defaults());
  }

  FullCopy copy(MariaDbServer source, MariaDbServer target, CopySettings settings, BooleanSupplier stop) {
    return copy(source, target.jdbcUrl(""), settings, stop);
  }

  FullCopy copy(MariaDbServer source, String targetUrl, CopySettings settings, BooleanSupplier stop) {
    return new FullCopy(
        SOURCE_ID,
        source::connect,
        () -> DriverManager.getConnection(targetUrl, MariaDbServer.USER, MariaDbServer.PASSWORD),
        store,
        taskId,
        settings,
        progress,
        Threads.named("test", "copy"),
        stop);
  }

  static CopyTable table(String sourceDb, String targetDb, String name) {
    return new CopyTable(SourceTable.of(SOURCE_ID, sourceDb, name), TableId.of(targetDb, name));
  }

  static List<CopyTable> tables(String sourceDb, String targetDb, String... names) {
    return java.util.Arrays.stream(names).map(n -> table(sourceDb, targetDb, n)).toList();
  }
}
