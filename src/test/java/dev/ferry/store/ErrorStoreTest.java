package dev.ferry.store;

import static dev.ferry.store.StoreTesting.NOW;
import static dev.ferry.store.StoreTesting.newTask;
import static dev.ferry.store.StoreTesting.open;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorStoreTest {

  @TempDir Path home;
  private StateStore store;
  private ErrorStore errors;
  private UUID task;

  @BeforeEach
  void openStore() {
    store = open(home);
    errors = store.errors();
    task = newTask(store);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void recordsAnOpenErrorWithItsSuggestedAction() {
    long id =
        errors.record(
            task, "BINLOG_PURGED", "binlog mysql-bin.000003 was purged", "Start a full copy");

    assertThat(errors.open(task))
        .containsExactly(
            new TaskError(
                id,
                "BINLOG_PURGED",
                "binlog mysql-bin.000003 was purged",
                "Start a full copy",
                NOW,
                false,
                null));
  }

  @Test
  void resolvedErrorsLeaveTheOpenListButStayInTheHistory() {
    long first = errors.record(task, "E1", "one", null);
    errors.record(task, "E2", "two", null);

    assertThat(errors.resolve(first)).isTrue();
    assertThat(errors.resolve(first)).isFalse();

    assertThat(errors.open(task)).extracting(TaskError::code).containsExactly("E2");
    assertThat(errors.all(task)).extracting(TaskError::resolved).containsExactly(true, false);
    assertThat(errors.all(task).get(0).resolvedAt()).isEqualTo(NOW);
  }

  @Test
  void resolvesEveryOpenErrorOfATask() {
    errors.record(task, "E1", "one", null);
    errors.record(task, "E2", "two", null);

    assertThat(errors.resolveAll(task)).isEqualTo(2);
    assertThat(errors.open(task)).isEmpty();
  }
}
