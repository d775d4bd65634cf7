package dev.ferry.store;

import static dev.ferry.store.StoreTesting.ITEMS;
import static dev.ferry.store.StoreTesting.ORDERS;
import static dev.ferry.store.StoreTesting.newTask;
import static dev.ferry.store.StoreTesting.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChunkStoreTest {

  @TempDir Path home;
  private StateStore store;
  private ChunkStore chunks;
  private UUID task;

  @BeforeEach
  void openStore() {
    store = open(home);
    chunks = store.chunks();
    task = newTask(store);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  private void planThree() {
    chunks.plan(
        task,
        ORDERS,
        List.of(
            new ChunkRange(0, null, "[1000]"),
            new ChunkRange(1, "[1000]", "[2000]"),
            new ChunkRange(2, "[2000]", null)));
  }

  @Test
  void plansChunksAsPendingWithTheirKeyRanges() {
    planThree();

    List<Chunk> planned = chunks.chunks(task, ORDERS);
    assertThat(planned).extracting(Chunk::index).containsExactly(0, 1, 2);
    assertThat(planned).extracting(Chunk::state).containsOnly(ChunkState.PENDING);
    assertThat(planned.get(1).range()).isEqualTo(new ChunkRange(1, "[1000]", "[2000]"));
    assertThat(planned.get(0).range().lowerBound()).isNull();
    assertThat(chunks.counts(task, ORDERS)).isEqualTo(new ChunkCounts(3, 0, 0, 0));
  }

  @Test
  void movesAChunkFromPendingThroughCopyingToDone() {
    planThree();
    chunks.markCopying(task, ORDERS, 1);
    assertThat(chunks.counts(task, ORDERS)).isEqualTo(new ChunkCounts(2, 1, 0, 0));

    chunks.markDone(task, ORDERS, 1, 999);

    assertThat(chunks.counts(task, ORDERS)).isEqualTo(new ChunkCounts(2, 0, 1, 999));
    assertThat(chunks.chunks(task, ORDERS).get(1).rows()).isEqualTo(999);
  }

  @Test
  void listsPendingAndInFlightChunksAsUnfinished() {
    planThree();
    chunks.markDone(task, ORDERS, 0, 10);
    chunks.markCopying(task, ORDERS, 2);

    assertThat(chunks.unfinished(task, ORDERS))
        .extracting(Chunk::index, Chunk::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, ChunkState.PENDING),
            org.assertj.core.groups.Tuple.tuple(2, ChunkState.COPYING));
  }

  @Test
  void neverMarksADoneChunkCopyingAgain() {
    planThree();
    chunks.markDone(task, ORDERS, 0, 10);

    assertThatThrownBy(() -> chunks.markCopying(task, ORDERS, 0))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("already done");
  }

  @Test
  void refusesToMarkAChunkThatWasNeverPlanned() {
    planThree();
    assertThatThrownBy(() -> chunks.markDone(task, ORDERS, 7, 1))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("Chunk 7 of table " + ORDERS + " was never planned");
  }

  @Test
  void refusesToPlanAnIndexTwice() {
    planThree();
    assertThatThrownBy(() -> chunks.plan(task, ORDERS, List.of(new ChunkRange(2, "x", null))))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("Could not plan 1 chunks of table " + ORDERS);
    assertThat(chunks.chunks(task, ORDERS).get(2).range().lowerBound()).isEqualTo("[2000]");
  }

  @Test
  void countsChunksPerTable() {
    planThree();
    chunks.plan(task, ITEMS, List.of(new ChunkRange(0, null, null)));
    chunks.markDone(task, ITEMS, 0, 5);

    assertThat(chunks.countsByTable(task))
        .containsEntry(ORDERS, new ChunkCounts(3, 0, 0, 0))
        .containsEntry(ITEMS, new ChunkCounts(0, 0, 1, 5));
    assertThat(chunks.counts(task, ITEMS).allDone()).isTrue();
  }

  @Test
  void deletesATablesChunksToPlanItAgain() {
    planThree();
    assertThat(chunks.delete(task, ORDERS)).isEqualTo(3);
    chunks.plan(task, ORDERS, List.of(new ChunkRange(0, null, null)));
    assertThat(chunks.counts(task, ORDERS).total()).isEqualTo(1);
  }
}
