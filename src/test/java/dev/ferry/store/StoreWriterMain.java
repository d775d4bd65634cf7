package dev.ferry.store;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.SourceTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Child JVM for {@link StoreCrashIT}: two threads commit in a tight loop until the JVM is killed.
 * Thread "orders" commits chunk n done + its rows + the global and two table checkpoints at
 * position n; thread "items" commits chunk n done + its rows. Each prints {@code <thread> n} after
 * the commit returned. On start both continue from what the store holds.
 */
public final class StoreWriterMain {

  static final String SOURCE = "mysql-01";
  static final SourceTable ORDERS = StoreTesting.ORDERS;
  static final SourceTable ITEMS = StoreTesting.ITEMS;

  private StoreWriterMain() {}

  static BinlogPosition position(long n) {
    return new BinlogPosition("mysql-bin." + String.format("%06d", 1 + n / 1000), n, "0-1-" + n);
  }

  public static void main(String[] args) throws InterruptedException {
    StateStore store = StateStore.open(Path.of(args[0]));
    UUID task = UUID.fromString(args[1]);
    Thread items = new Thread(() -> writeItems(store, task), "items");
    items.start();
    long n = store.checkpoints().global(task, SOURCE).map(BinlogPosition::position).orElse(0L);
    while (true) {
      long next = ++n;
      store.inTransaction(
          tx -> {
            tx.chunks()
                .plan(task, ORDERS, List.of(new ChunkRange((int) next, "[" + next + "]", null)));
            tx.chunks().markDone(task, ORDERS, (int) next, next);
            tx.progress().addDone(task, ORDERS, next, 10 * next);
            tx.checkpoints()
                .save(
                    task,
                    SOURCE,
                    position(next),
                    Map.of(ORDERS.table(), position(next), ITEMS.table(), position(next)));
          });
      report("orders", next);
    }
  }

  private static void writeItems(StateStore store, UUID task) {
    long n = store.chunks().counts(task, ITEMS).total();
    while (true) {
      long next = ++n;
      store.inTransaction(
          tx -> {
            tx.chunks().plan(task, ITEMS, List.of(new ChunkRange((int) next, null, null)));
            tx.chunks().markCopying(task, ITEMS, (int) next);
            tx.chunks().markDone(task, ITEMS, (int) next, next);
            tx.progress().addDone(task, ITEMS, next, 0);
          });
      report("items", next);
    }
  }

  private static synchronized void report(String what, long n) {
    System.out.println(what + " " + n);
    System.out.flush();
  }
}
