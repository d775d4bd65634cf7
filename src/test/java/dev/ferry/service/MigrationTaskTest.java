package dev.ferry.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.domain.EventKind;
import dev.ferry.domain.Stage;
import dev.ferry.domain.TaskMode;
import dev.ferry.domain.TaskUnit;
import dev.ferry.engine.Migration;
import dev.ferry.engine.run.RetryPolicy;
import dev.ferry.engine.run.Unit;
import dev.ferry.engine.run.UnitContext;
import dev.ferry.store.StateStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real {@link Migration} with units that wait for a stop: pause, resume, events. */
class MigrationTaskTest {

  @TempDir Path home;
  private StateStore store;
  private final AtomicInteger copyRuns = new AtomicInteger();

  @BeforeEach
  void open() {
    store = StateStore.open(home);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private final Unit check =
      new Unit() {
        @Override
        public TaskUnit kind() {
          return TaskUnit.CHECK;
        }

        @Override
        public void run(UnitContext context) {}
      };

  private final Unit copy =
      new Unit() {
        @Override
        public TaskUnit kind() {
          return TaskUnit.DUMP;
        }

        @Override
        public void run(UnitContext context) throws InterruptedException {
          copyRuns.incrementAndGet();
          while (!context.stopRequested()) {
            Thread.sleep(10);
          }
        }
      };

  private MigrationTask task() {
    UUID id = UUID.randomUUID();
    TaskConfig config =
        new TaskConfig(
            "t1",
            TaskMode.FULL,
            null,
            false,
            null,
            null,
            null,
            null,
            false,
            null,
            new TargetConfig("localhost", 4000, "root", null, null, null),
            List.of(),
            null);
    return new MigrationTask(
        id,
        "t1",
        TaskMode.FULL,
        listener ->
            new Migration(
                id,
                null,
                config,
                store,
                Map.of(TaskUnit.CHECK, check, TaskUnit.DUMP, copy),
                listener,
                RetryPolicy.DEFAULT,
                () -> null),
        Clock.systemUTC());
  }

  @Test
  void pausesPromptlyAndResumesWithANewRun() {
    MigrationTask t = task().start();
    await().atMost(Duration.ofSeconds(10)).until(() -> t.snapshot().stage() == Stage.DUMPING);
    assertThat(t.isActive()).isTrue();

    t.pause();
    await().atMost(Duration.ofSeconds(5)).until(() -> !t.isActive());
    assertThat(t.snapshot().stage()).isEqualTo(Stage.PAUSED);

    t.resume();
    await().atMost(Duration.ofSeconds(10)).until(() -> t.snapshot().stage() == Stage.DUMPING);
    await().atMost(Duration.ofSeconds(10)).until(() -> copyRuns.get() == 2); // a second run
    t.stop();
    await().atMost(Duration.ofSeconds(5)).until(() -> !t.isActive());
    assertThat(t.snapshot().stage()).isEqualTo(Stage.STOPPED);

    List<TaskEvent> events = t.drainEvents();
    assertThat(events)
        .extracting(TaskEvent::kind)
        .contains(EventKind.STAGE_CHANGED, EventKind.INFO);
    assertThat(events).extracting(TaskEvent::message).contains("Stage DUMPING → PAUSED");
    assertThat(t.drainEvents()).isEmpty();
  }

  @Test
  void theStoreOffersARunningOrPausedTaskForResuming() {
    MigrationTask t = task().start();
    await().atMost(Duration.ofSeconds(10)).until(() -> t.snapshot().stage() == Stage.DUMPING);
    t.pause();
    await().atMost(Duration.ofSeconds(5)).until(() -> !t.isActive());

    TaskService service = new TaskService(store, null, null);
    List<ResumableTask> resumable = new TaskHistory(service::tasks).resumable();
    assertThat(resumable).extracting(ResumableTask::taskId).containsExactly(t.taskId());
    assertThat(resumable.get(0).stage()).isEqualTo(Stage.PAUSED);
  }

  @Test
  void aStoredTaskShowsTheLastStateAndResumesIntoARealRun() {
    MigrationTask first = task().start();
    await().atMost(Duration.ofSeconds(10)).until(() -> first.snapshot().stage() == Stage.DUMPING);
    first.pause();
    await().atMost(Duration.ofSeconds(5)).until(() -> !first.isActive());

    TaskStatus status = new TaskService(store, null, null).status(first.taskId(), 50).orElseThrow();
    MigrationTask[] second = new MigrationTask[1];
    StoredTask stored = new StoredTask(status, () -> second[0] = task().start());

    assertThat(stored.isActive()).isFalse();
    assertThat(stored.snapshot().stage()).isEqualTo(Stage.PAUSED);
    assertThat(stored.mode()).isEqualTo(TaskMode.FULL);
    assertThat(stored.drainEvents()).extracting(TaskEvent::kind).contains(EventKind.STAGE_CHANGED);
    assertThat(stored.drainEvents()).isEmpty();

    stored.resume();
    await().atMost(Duration.ofSeconds(10)).until(stored::isActive);
    assertThat(stored.snapshot().taskId()).isEqualTo(second[0].taskId());
    stored.stop();
    await().atMost(Duration.ofSeconds(5)).until(() -> !stored.isActive());
  }
}
