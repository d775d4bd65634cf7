package dev.ferry.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.dump.PlannedChunk;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkQueueTest {

  private static PreparedTable table(List<PreparedTable.Work> all, int chunks) {
    // shape, counters and indexes play no part in the scheduling
    PreparedTable t = new PreparedTable(null, null, List.of(), null, chunks);
    for (int i = 0; i < chunks; i++) {
      all.add(new PreparedTable.Work(t, new PlannedChunk(i, null, null), false));
    }
    return t;
  }

  @Test
  void eachLaneKeepsToItsOwnTableUntilItIsDone() {
    List<PreparedTable.Work> all = new ArrayList<>();
    PreparedTable a = table(all, 3);
    PreparedTable b = table(all, 3);
    PreparedTable c = table(all, 2);
    WorkQueue q = new WorkQueue(all);

    assertThat(q.next(0).table()).isSameAs(a);
    assertThat(q.next(1).table()).isSameAs(b); // not a second chunk of a
    assertThat(q.next(0).table()).isSameAs(a);
    assertThat(q.next(0).table()).isSameAs(a);
    assertThat(q.next(0).table()).isSameAs(c); // a is done; b is lane 1's
    assertThat(q.next(1).table()).isSameAs(b);
    assertThat(q.next(1).table()).isSameAs(b);
    assertThat(q.next(1).table()).isSameAs(c); // nothing else left: share c
    assertThat(q.next(0)).isNull();
    assertThat(q.next(1)).isNull();
  }

  @Test
  void chunksComeInPlanOrderAndEveryChunkExactlyOnce() {
    List<PreparedTable.Work> all = new ArrayList<>();
    table(all, 5);
    table(all, 1);
    WorkQueue q = new WorkQueue(all);
    List<PreparedTable.Work> handed = new ArrayList<>();
    for (PreparedTable.Work w; (w = q.next(handed.size() % 3)) != null; ) {
      handed.add(w);
    }
    assertThat(handed).containsExactlyInAnyOrderElementsOf(all);
    List<Integer> firstTable =
        handed.stream().filter(w -> w.table() == all.get(0).table()).map(w -> w.chunk().index()).toList();
    assertThat(firstTable).containsExactly(0, 1, 2, 3, 4);
  }
}
