package dev.ferry.store;

import static dev.ferry.store.StoreTesting.NOW;
import static dev.ferry.store.StoreTesting.newTask;
import static dev.ferry.store.StoreTesting.open;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.EventKind;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogTest {

  @TempDir Path home;
  private StateStore store;
  private EventLog events;
  private UUID task;

  @BeforeEach
  void openStore() {
    store = open(home);
    events = store.events();
    task = newTask(store);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void appendsEntriesWithTimeKindAndMessage() {
    long id = events.append(task, EventKind.DDL_APPLIED, "ALTER TABLE shop.orders ADD note TEXT");

    assertThat(events.recent(task, 10))
        .containsExactly(
            new LogEvent(id, NOW, EventKind.DDL_APPLIED, "ALTER TABLE shop.orders ADD note TEXT"));
  }

  @Test
  void givesTheNewestEntriesOldestFirst() {
    for (int i = 1; i <= 5; i++) {
      events.append(task, EventKind.RETRY, "attempt " + i);
    }
    assertThat(events.recent(task, 2))
        .extracting(LogEvent::message)
        .containsExactly("attempt 4", "attempt 5");
  }

  @Test
  void givesTheEntriesAfterAnIdForPolling() {
    long first = events.append(task, EventKind.WARNING, "one");
    events.append(task, EventKind.DDL_SKIPPED, "two");

    assertThat(events.after(task, first)).extracting(LogEvent::message).containsExactly("two");
    assertThat(events.after(task, first + 1)).isEmpty();
  }

  @Test
  void trimsAllButTheNewestEntries() {
    for (int i = 1; i <= 5; i++) {
      events.append(task, EventKind.INFO, "e" + i);
    }
    UUID other = newTask(store);
    events.append(other, EventKind.INFO, "kept");

    assertThat(events.trim(task, 2)).isEqualTo(3);
    assertThat(events.recent(task, 10)).extracting(LogEvent::message).containsExactly("e4", "e5");
    assertThat(events.recent(other, 10)).hasSize(1);
    assertThat(events.trim(task, 0)).isEqualTo(2);
  }
}
