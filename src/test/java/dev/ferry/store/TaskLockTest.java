package dev.ferry.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskLockTest {

  @TempDir Path locks;

  @Test
  void recordsWhoHoldsTheLock() throws Exception {
    UUID task = UUID.randomUUID();
    try (TaskLock lock = TaskLock.acquire(locks, task, "shop")) {
      assertThat(lock.isHeld()).isTrue();
      assertThat(lock.file()).isEqualTo(locks.resolve(task + ".lock"));
      assertThat(Files.readString(lock.file()))
          .contains("pid=" + ProcessHandle.current().pid())
          .contains("task=shop")
          .contains("since=");
    }
  }

  @Test
  void refusesASecondHolderNamingTheFirst() {
    UUID task = UUID.randomUUID();
    try (TaskLock ignored = TaskLock.acquire(locks, task, "shop")) {
      assertThatThrownBy(() -> TaskLock.acquire(locks, task, "shop"))
          .isInstanceOfSatisfying(
              TaskLockedException.class,
              e -> {
                assertThat(e.taskId()).isEqualTo(task);
                assertThat(e.holder().pid()).isEqualTo(ProcessHandle.current().pid());
                assertThat(e.holder().since()).isNotNull();
              })
          .hasMessageContaining("Task 'shop' is already running in this Ferry process (pid ");
    }
  }

  @Test
  void isFreeAgainAfterRelease() {
    UUID task = UUID.randomUUID();
    TaskLock first = TaskLock.acquire(locks, task, "shop");
    first.close();
    assertThat(first.isHeld()).isFalse();

    try (TaskLock second = TaskLock.acquire(locks, task, "shop")) {
      assertThat(second.isHeld()).isTrue();
    }
  }

  @Test
  void locksTasksIndependently() {
    try (TaskLock a = TaskLock.acquire(locks, UUID.randomUUID(), "a");
        TaskLock b = TaskLock.acquire(locks, UUID.randomUUID(), "b")) {
      assertThat(a.isHeld()).isTrue();
      assertThat(b.isHeld()).isTrue();
    }
  }

  @Test
  void theStoreLocksTasksUnderItsHome(@TempDir Path home) {
    try (StateStore store = StoreTesting.open(home);
        TaskLock lock = store.lockTask(UUID.randomUUID(), "shop")) {
      assertThat(lock.file().getParent()).isEqualTo(home.resolve("locks"));
    }
  }
}
