package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.Stage;
import dev.ferry.engine.ProgressSnapshot;
import dev.ferry.engine.SyncStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

  private static ProgressSnapshot snapshot(Stage stage, SyncStatus sync) {
    return new ProgressSnapshot(UUID.randomUUID(), "t", stage, Instant.now(), List.of(), sync, null);
  }

  @Test
  void theSyncShowsItsOwnRatesLagPositionAndSafeMode() {
    SyncStatus sync =
        new SyncStatus(BinlogPosition.of("b.000002", 900), BinlogPosition.of("b.000002", 400), 1.25, 1500, 4200,
            12, true);
    String line = RunCommand.ProgressLine.of(snapshot(Stage.SYNCING, sync));
    assertThat(line)
        .startsWith("[SYNCING] 1,500 events/s, 4,200 rows/s, lag 1.3 s, applied b.000002:400")
        .endsWith(", safe mode")
        .doesNotContain("tables");
  }

  @Test
  void theCopyShowsTablesAndRows() {
    assertThat(RunCommand.ProgressLine.of(snapshot(Stage.DUMPING, null))).startsWith("[DUMPING] tables 0/0, 0 rows, 0 rows/s");
  }
}
