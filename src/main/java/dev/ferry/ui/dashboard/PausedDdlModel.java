package dev.ferry.ui.dashboard;

import dev.ferry.engine.DdlDecisions.PausedDdl;
import dev.ferry.service.RunningTask;
import dev.ferry.ui.common.TaskExecutor;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Which DDL the task's sync paused on, for the error banner. Looked up in the state store (off the
 * UI thread) while the dashboard shows a "target rejected the DDL" error and the task is not
 * running; cleared when the error goes or the task runs again.
 */
final class PausedDdlModel {

  /** Refreshes between two look-ups while the store has no paused DDL yet. */
  static final int LOOKUP_EVERY = 5;

  private final RunningTask task;
  private final TaskExecutor executor;
  private final ReadOnlyObjectWrapper<PausedDdl> paused = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
  private boolean lookingUp;
  private int sinceLookup = LOOKUP_EVERY;

  PausedDdlModel(RunningTask task, TaskExecutor executor) {
    this.task = task;
    this.executor = executor;
  }

  /** Called on every dashboard refresh. */
  void refresh(boolean ddlError, boolean active) {
    if (!ddlError || active) {
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

  private void show(List<PausedDdl> list) {
    lookingUp = false;
    if (list.isEmpty()) {
      details.set(
          "Looking for the rejected statement… If it does not show, fix the target and Retry.");
      return;
    }
    PausedDdl d = list.get(0);
    paused.set(d);
    details.set(
        "Source "
            + d.sourceId()
            + " at "
            + d.position()
            + (list.size() > 1 ? " (and " + (list.size() - 1) + " more source(s))" : "")
            + "\nStatement: "
            + d.targetSql()
            + "\nTarget said: "
            + d.error());
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
