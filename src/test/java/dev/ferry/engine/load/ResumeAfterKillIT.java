package dev.ferry.engine.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ferry.domain.SourceTable;
import dev.ferry.store.Chunk;
import dev.ferry.store.ChunkState;
import dev.ferry.store.StateStore;
import dev.ferry.testing.ChildJvm;
import dev.ferry.testing.MariaDbExtension;
import dev.ferry.testing.Sandbox;
import dev.ferry.testing.TableComparison;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A copy killed with SIGKILL resumes without re-reading finished chunks and ends exact. */
@ExtendWith(MariaDbExtension.class)
class ResumeAfterKillIT {

  @Test
  void resumesAfterKillNineSkippingDoneChunksAndEndsEqual(Sandbox sandbox, @TempDir Path home) throws Exception {
    String src = sandbox.sourceDatabase();
    String tgt = sandbox.targetDatabase();
    sandbox.source().execute(
        "CREATE TABLE " + src + ".big (id INT PRIMARY KEY, v VARCHAR(64), n INT, KEY k_n (n))",
        "INSERT INTO " + src + ".big SELECT seq, MD5(seq), seq % 1000 FROM " + src + ".seq_1_to_40000",
        "ANALYZE TABLE " + src + ".big");
    UUID taskId = UUID.randomUUID();
    SourceTable big = SourceTable.of(CopyFixture.SOURCE_ID, src, "big");
    Map<Integer, Instant> doneBeforeKill;
    try (ChildJvm child =
        ChildJvm.start(
            CopyMain.class,
            List.of(sandbox.source().jdbcUrl(""), sandbox.target().jdbcUrl(""), home.toString(),
                taskId.toString(), src, tgt, "150"),
            Map.of(),
            Map.of())) {
      try (StateStore store = StateStore.open(home)) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
            .until(() -> store.chunks().counts(taskId, big).done() >= 8);
      }
      assertThat(child.kill9()).isNotZero();
      try (StateStore store = StateStore.open(home)) {
        List<Chunk> chunks = store.chunks().chunks(taskId, big);
        assertThat(chunks.stream().filter(c -> c.state() != ChunkState.DONE)).isNotEmpty();
        doneBeforeKill =
            chunks.stream().filter(c -> c.state() == ChunkState.DONE)
                .collect(Collectors.toMap(Chunk::index, Chunk::updatedAt));
      }
      child.restart();
      assertThat(child.waitFor(Duration.ofMinutes(3))).as(child.output()).isZero();
    }
    TableComparison.assertEqual(sandbox.source(), src, "big", sandbox.target(), tgt, "big");
    try (StateStore store = StateStore.open(home)) {
      List<Chunk> chunks = store.chunks().chunks(taskId, big);
      assertThat(chunks).allMatch(c -> c.state() == ChunkState.DONE);
      // a chunk that was read again would have been marked copying, changing its timestamp
      for (Chunk c : chunks) {
        if (doneBeforeKill.containsKey(c.index())) {
          assertThat(c.updatedAt()).as("chunk %d", c.index()).isEqualTo(doneBeforeKill.get(c.index()));
        }
      }
      assertThat(store.progress().table(taskId, big).get().rowsDone()).isEqualTo(40000);
    }
    assertThat(sandbox.target().queryString(
            "SELECT COUNT(*) FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = '" + tgt
                + "' AND TABLE_NAME = 'big' AND INDEX_NAME = 'k_n'"))
        .isEqualTo("1");
  }
}
