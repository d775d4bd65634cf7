package dev.ferry.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.Stage;
import dev.ferry.domain.TaskMode;
import dev.ferry.domain.TaskUnit;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskHistoryTest {

  private static TaskStatus.Summary task(String name, Stage stage, TaskUnit unit) {
    return new TaskStatus.Summary(
        UUID.randomUUID(),
        name,
        Path.of(name + ".ferry"),
        TaskMode.ALL,
        stage,
        unit,
        Instant.parse("2026-11-25T12:00:00Z"));
  }

  @Test
  void offersRunningAndPausedTasksWithTheCheckpointTheyContinueFrom() {
    TaskStatus.Summary copying = task("copying", Stage.DUMPING, TaskUnit.DUMP);
    TaskStatus.Summary syncing = task("syncing", Stage.SYNCING, TaskUnit.SYNC);
    TaskStatus.Summary paused = task("paused", Stage.PAUSED, TaskUnit.CHECK);
    TaskStatus.Summary finished = task("finished", Stage.FINISHED, TaskUnit.DUMP);
    TaskStatus.Summary stopped = task("stopped", Stage.STOPPED, TaskUnit.SYNC);
    BinlogPosition pos = BinlogPosition.of("mysql-bin.000003", 1234).withGtidSet("0-1-42");
    Map<UUID, ResumePoint> points =
        Map.of(
            copying.taskId(), new ResumePoint(12, 61, 12_000, Map.of("s1", pos)),
            syncing.taskId(), new ResumePoint(61, 61, 61_000, Map.of("s1", pos)),
            paused.taskId(), ResumePoint.NONE);

    List<ResumableTask> list =
        new TaskHistory(() -> List.of(copying, syncing, paused, finished, stopped), points::get)
            .resumable();

    assertThat(list)
        .extracting(ResumableTask::name)
        .containsExactly("copying", "syncing", "paused");
    assertThat(list.get(0).checkpoint())
        .isEqualTo(String.format("copy: %,d of %,d chunks (%,d rows)", 12, 61, 12_000));
    assertThat(list.get(1).checkpoint()).isEqualTo("binlog s1 mysql-bin.000003:1234 (GTID 0-1-42)");
    assertThat(list.get(2).checkpoint()).isEqualTo("no checkpoint yet: starts from the beginning");
  }

  @Test
  void withoutCheckpointsTheListStillWorks() {
    TaskStatus.Summary copying = task("copying", Stage.DUMPING, TaskUnit.DUMP);
    assertThat(new TaskHistory(() -> List.of(copying)).resumable())
        .singleElement()
        .satisfies(t -> assertThat(t.checkpoint()).isNull());
  }
}
