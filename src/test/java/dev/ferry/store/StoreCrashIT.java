package dev.ferry.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import dev.ferry.testing.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kill -9 at random moments while two threads commit; every committed pair must be intact. */
class StoreCrashIT {

  private static final int ROUNDS = 6;

  @TempDir Path home;

  @Test
  void keepsEveryCommittedTransactionAndNothingHalfWrittenAcrossKill9() {
    UUID task;
    try (StateStore store = StateStore.open(home)) {
      task = StoreTesting.newTask(store);
      store.progress().register(task, StoreWriterMain.ORDERS, TableId.of("t", "orders"), 0);
      store.progress().register(task, StoreWriterMain.ITEMS, TableId.of("t", "items"), 0);
    }
    long seed = System.nanoTime();
    Random random = new Random(seed);
    try (ChildJvm child =
        ChildJvm.start(
            StoreWriterMain.class,
            List.of(home.toString(), task.toString()),
            Map.of("ferry.home", home.toString()),
            Map.of())) {
      long lastOrders = 0;
      for (int round = 1; round <= ROUNDS; round++) {
        long target = lastOrders + 20;
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(20))
            .until(() -> last(child.output(), "orders") >= target);
        sleep(random.nextInt(300));
        child.kill9();

        String output = child.output();
        long reportedOrders = last(output, "orders");
        long reportedItems = last(output, "items");
        String context = "round " + round + ", seed " + seed;
        try (StateStore store = StateStore.open(home)) {
          lastOrders = assertOrdersConsistent(store, task, reportedOrders, context);
          assertItemsConsistent(store, task, reportedItems, context);
        }
        if (round < ROUNDS) {
          child.restart();
        }
      }
    }
  }

  /** The checkpoint, the per-table checkpoints, the chunks and the rows all agree. */
  private static long assertOrdersConsistent(
      StateStore store, UUID task, long reported, String context) {
    SourceTable orders = StoreWriterMain.ORDERS;
    BinlogPosition global = store.checkpoints().global(task, StoreWriterMain.SOURCE).orElseThrow();
    long g = global.position();
    assertThat(g)
        .as("committed orders transactions survive (%s)", context)
        .isGreaterThanOrEqualTo(reported);
    assertThat(g)
        .as("at most the one in flight is extra (%s)", context)
        .isLessThanOrEqualTo(reported + 1);
    assertThat(global).isEqualTo(StoreWriterMain.position(g));
    assertThat(global.gtidSet()).isEqualTo("0-1-" + g);
    assertThat(store.checkpoints().tables(task, StoreWriterMain.SOURCE))
        .as(context)
        .isEqualTo(
            Map.of(
                orders.table(), StoreWriterMain.position(g),
                StoreWriterMain.ITEMS.table(), StoreWriterMain.position(g)));
    List<Chunk> chunks = store.chunks().chunks(task, orders);
    assertThat(chunks).extracting(Chunk::index).as(context).containsExactlyElementsOf(indexes(g));
    assertThat(chunks).allSatisfy(c -> assertThat(c.state()).isEqualTo(ChunkState.DONE));
    assertThat(chunks).allSatisfy(c -> assertThat(c.rows()).isEqualTo(c.index()));
    TableProgress progress = store.progress().table(task, orders).orElseThrow();
    assertThat(progress.rowsDone()).as(context).isEqualTo(g * (g + 1) / 2);
    assertThat(progress.bytesDone()).as(context).isEqualTo(10 * g * (g + 1) / 2);
    return g;
  }

  private static void assertItemsConsistent(
      StateStore store, UUID task, long reported, String context) {
    SourceTable items = StoreWriterMain.ITEMS;
    List<Chunk> chunks = store.chunks().chunks(task, items);
    long k = chunks.size();
    assertThat(k)
        .as("committed items transactions survive (%s)", context)
        .isBetween(reported, reported + 1);
    assertThat(chunks).extracting(Chunk::index).as(context).containsExactlyElementsOf(indexes(k));
    assertThat(chunks).allSatisfy(c -> assertThat(c.state()).isEqualTo(ChunkState.DONE));
    assertThat(store.progress().table(task, items).orElseThrow().rowsDone())
        .as(context)
        .isEqualTo(k * (k + 1) / 2);
  }

  private static List<Integer> indexes(long n) {
    return LongStream.rangeClosed(1, n).mapToObj(i -> (int) i).toList();
  }

  /** The last number a thread reported on a complete line (a kill can cut the last line). */
  static long last(String output, String thread) {
    int end = output.lastIndexOf('\n');
    Matcher m =
        Pattern.compile("(?m)^" + thread + " (\\d+)$").matcher(output.substring(0, end + 1));
    long last = 0;
    while (m.find()) {
      last = Long.parseLong(m.group(1));
    }
    return last;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
