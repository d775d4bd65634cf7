package dev.ferry.ui.dashboard;

import dev.ferry.engine.DdlDecisions.PausedDdl;
import dev.ferry.service.RunningTask;
import dev.ferry.ui.common.TaskExecutor;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Which DDL the task's sync paused on, for the error banner. Looked up in the state store (off the
 * UI thread) while the dashboard shows a "target rejected the DDL" error and the task is not
 * running; cleared when the error goes or the task runs again. When several sources paused on one,
 * the banner shows them one at a time ("1 of 2"): a decision moves on to the next, and only the
 * last decision resumes the task, so it does not run only to pause again on the next source.
 */
final class PausedDdlModel {

  /** Refreshes between two look-ups while the store has no paused DDL yet. */
  static final int LOOKUP_EVERY = 5;

  private final RunningTask task;
  private final TaskExecutor executor;
  private final ReadOnlyObjectWrapper<PausedDdl> paused = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
  /**
   * The paused DDLs decided from this dashboard while the task waits: the store keeps reporting
   * them until the resumed sync has passed them.
   */
  private final Set<String> decided = ConcurrentHashMap.newKeySet();

  private boolean lookingUp;
  private int waiting;
  private int sinceLookup = LOOKUP_EVERY;

  PausedDdlModel(RunningTask task, TaskExecutor executor) {
    this.task = task;
    this.executor = executor;
  }

  /** Called on every dashboard refresh. */
  void refresh(boolean ddlError, boolean active) {
    if (!ddlError || active) {
      if (active) {
        decided.clear();
      }
      clear();
      return;
    }
    if (paused.get() != null || lookingUp) {
      return;
    }
    if (sinceLookup < LOOKUP_EVERY) {
      sinceLookup++;
      return;
    }
    sinceLookup = 0;
    lookingUp = true;
    executor.execute(
        task::pausedDdl,
        this::show,
        failure -> {
          lookingUp = false;
          details.set("Cannot read the rejected DDL from the state store: " + failure.getMessage());
        });
  }

  private void show(List<PausedDdl> all) {
    lookingUp = false;
    List<PausedDdl> list = undecided(all);
    if (list.isEmpty()) {
      details.set(
          all.isEmpty()
              ? "Looking for the rejected statement… If it does not show, fix the target and Retry."
              : "Every rejected DDL has a decision: Retry resumes the task.");
      return;
    }
    showFirst(list);
  }

  private List<PausedDdl> undecided(List<PausedDdl> all) {
    return all.stream().filter(d -> !decided.contains(key(d))).toList();
  }

  private static String key(PausedDdl d) {
    return d.sourceId() + "@" + d.position();
  }

  private void showFirst(List<PausedDdl> list) {
    PausedDdl d = list.get(0);
    waiting = list.size();
    paused.set(d);
    details.set(
        "Source "
            + d.sourceId()
            + " at "
            + d.position()
            + (list.size() > 1 ? "  (1 of " + list.size() + " sources paused on a DDL)" : "")
            + "\nStatement: "
            + d.targetSql()
            + "\nTarget said: "
            + d.error());
  }

  /** How many sources wait for a decision, the shown one included (0 when none is shown). */
  int waiting() {
    return paused.get() == null ? 0 : waiting;
  }

  /**
   * Takes the decision on {@code d} and resumes the task when no other source waits for one; runs
   * off the UI thread. Returns the paused DDLs still waiting, empty when the task resumed.
   *
   * @throws IllegalStateException when {@code d} was no longer waiting (decided elsewhere)
   */
  List<PausedDdl> decide(PausedDdl d, Predicate<String> decision) {
    if (!decision.test(d.sourceId())) {
      throw new IllegalStateException(
          "No rejected DDL is waiting any more (was it decided elsewhere?); Retry resumes.");
    }
    decided.add(key(d));
    List<PausedDdl> left = undecided(task.pausedDdl());
    if (left.isEmpty()) {
      task.resume();
    }
    return left;
  }

  /** After a decision: the next paused DDL, or nothing once the task resumed. */
  void decided(List<PausedDdl> left) {
    if (left.isEmpty()) {
      clear();
    } else {
      showFirst(left);
    }
  }

  void clear() {
    paused.set(null);
    details.set("");
    sinceLookup = LOOKUP_EVERY;
  }

  ReadOnlyObjectProperty<PausedDdl> pausedProperty() {
    return paused.getReadOnlyProperty();
  }

  ReadOnlyStringProperty detailsProperty() {
    return details.getReadOnlyProperty();
  }
}
