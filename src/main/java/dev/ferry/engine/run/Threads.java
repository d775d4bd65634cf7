package dev.ferry.engine.run;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads: {@code ferry-<task>-<unit>-<n>}, so thread dumps read like the task. */
public final class Threads {

  private Threads() {}

  public static ThreadFactory named(String task, String unit) {
    String prefix = "ferry-" + task + "-" + unit + "-";
    AtomicInteger next = new AtomicInteger(1);
    return runnable -> {
      Thread t = new Thread(runnable, prefix + next.getAndIncrement());
      t.setDaemon(true);
      return t;
    };
  }
}
