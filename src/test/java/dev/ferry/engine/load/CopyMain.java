package dev.ferry.engine.load;

import dev.ferry.config.DumpOptions.Consistency;
import dev.ferry.store.StateStore;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.UUID;

/**
 * A child-JVM program for the crash test: copies {@code <srcDb>.big} to {@code <tgtDb>.big} with
 * small chunks, slowed down so that the test can kill it midway.
 *
 * <p>Arguments: sourceUrl targetUrl ferryHome taskId srcDb tgtDb pauseMillis
 */
public final class CopyMain {

  private CopyMain() {}

  public static void main(String[] args) throws Exception {
    String sourceUrl = args[0];
    String targetUrl = args[1];
    Path home = Path.of(args[2]);
    UUID taskId = UUID.fromString(args[3]);
    long pause = Long.parseLong(args[6]);
    CopyFixture f = new CopyFixture(home, taskId);
    try (StateStore ignored = f.store) {
      new FullCopy(
              CopyFixture.SOURCE_ID,
              () -> DriverManager.getConnection(sourceUrl, "root", ""),
              () -> DriverManager.getConnection(targetUrl, "root", ""),
              f.store,
              taskId,
              CopyFixture.settings(2, 1000, Consistency.FLUSH),
              f.progress,
              dev.ferry.engine.run.Threads.named("child", "copy"),
              () -> {
                // polled between batches and chunks: slows the copy to a pace a test can interrupt
                try {
                  Thread.sleep(pause);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return true;
                }
                return false;
              })
          .run(CopyFixture.tables(args[4], args[5], "big"));
    }
    System.out.println("copy finished");
  }
}
