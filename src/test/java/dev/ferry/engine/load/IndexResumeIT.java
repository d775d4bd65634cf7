package dev.ferry.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.DumpOptions.Consistency;
import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TablePhase;
import dev.ferry.testing.MariaDbExtension;
import dev.ferry.testing.Sandbox;
import dev.ferry.testing.TableComparison;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state a crash leaves when it hits one table's deferred index build while another table
 * still has chunks to copy: the next run copies them and also builds the missing index.
 */
@ExtendWith(MariaDbExtension.class)
class IndexResumeIT {

  @Test
  void aResumedCopyFinishesAnInterruptedIndexBuildWhileOtherTablesStillLoad(Sandbox sandbox, @TempDir Path home)
      throws Exception {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    FullCopyIT.createTables(sandbox.source(), src);
    CopyFixture f = new CopyFixture(home, UUID.randomUUID());
    CopySettings settings = CopyFixture.settings(2, 500, Consistency.FLUSH);
    f.copy(sandbox.source(), sandbox.target(), settings, () -> false).run(CopyFixture.tables(src, tgt, "ints"));

    // the crash: every chunk of ints is done but its index k_n was being built; strkey (which
    // this first run did not reach) is still to copy
    SourceTable ints = SourceTable.of(CopyFixture.SOURCE_ID, src, "ints");
    SourceTable strkey = SourceTable.of(CopyFixture.SOURCE_ID, src, "strkey");
    sandbox.target().execute("ALTER TABLE " + tgt + ".ints DROP INDEX k_n");
    f.store.progress().setPhase(f.taskId, ints, TablePhase.INDEXING);

    f.copy(sandbox.source(), sandbox.target(), settings, () -> false)
        .run(CopyFixture.tables(src, tgt, "ints", "strkey"));

    assertThat(sandbox.target().queryString(
            "SELECT GROUP_CONCAT(DISTINCT INDEX_NAME ORDER BY INDEX_NAME) FROM information_schema.STATISTICS"
                + " WHERE TABLE_SCHEMA = '" + tgt + "' AND TABLE_NAME = 'ints'"))
        .isEqualTo("k_n,PRIMARY");
    for (SourceTable t : List.of(ints, strkey)) {
      assertThat(f.store.progress().table(f.taskId, t).get().phase()).as(t.toString()).isEqualTo(TablePhase.DONE);
    }
    TableComparison.assertEqual(sandbox.source(), src, "ints", sandbox.target(), tgt, "ints");
    TableComparison.assertEqual(sandbox.source(), src, "strkey", sandbox.target(), tgt, "strkey");
  }
}
