package dev.ferry.ui.dashboard;

import dev.ferry.service.TaskEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dashboard's event log: the task's events and the dashboard's own notes, one line each,
 * oldest first, at most {@value #MAX_EVENTS} lines.
 */
final class EventLogModel {

  static final int MAX_EVENTS = 1_000;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

  private final ObservableList<String> lines = FXCollections.observableArrayList();

  /** Adds the task's events, in one change. */
  void addAll(List<TaskEvent> fresh) {
    if (fresh.isEmpty()) {
      return;
    }
    List<String> added = new ArrayList<>(fresh.size());
    for (TaskEvent e : fresh) {
      added.add(
          TIME.format(e.at()) + "  " + e.kind().name().replace('_', ' ') + "  " + e.message());
    }
    lines.addAll(added);
    trim();
  }

  /** Adds a line of the dashboard's own, stamped with the time now. */
  void note(String text) {
    lines.add(TIME.format(Instant.now()) + "  " + text);
    trim();
  }

  /** Adds a failed request's message. */
  void error(String message) {
    lines.add("ERROR  " + message);
    trim();
  }

  ObservableList<String> lines() {
    return lines;
  }

  private void trim() {
    if (lines.size() > MAX_EVENTS) {
      lines.remove(0, lines.size() - MAX_EVENTS);
    }
  }
}
