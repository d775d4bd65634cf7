package dev.ferry.store;

import java.time.Instant;
import java.util.UUID;

/** Another Ferry process (or another part of this one) already runs the task. */
public final class TaskLockedException extends StoreException {

  private static final long serialVersionUID = 1L;

  private final UUID taskId;
  private final transient Holder holder;

  TaskLockedException(UUID taskId, Holder holder) {
    super(message(taskId, holder));
    this.taskId = taskId;
    this.holder = holder;
  }

  public UUID taskId() {
    return taskId;
  }

  /** Who holds the lock, as it recorded itself; fields are null/-1 when it had not yet written. */
  public Holder holder() {
    return holder;
  }

  /** The process holding a task lock. */
  public record Holder(long pid, String host, Instant since, String taskName) {}

  private static String message(UUID taskId, Holder holder) {
    String task = holder.taskName() == null ? taskId.toString() : "'" + holder.taskName() + "'";
    boolean self = holder.pid() == ProcessHandle.current().pid();
    StringBuilder who = new StringBuilder(self ? "this Ferry process" : "another Ferry process");
    if (holder.pid() > 0) {
      who.append(" (pid ").append(holder.pid());
      if (holder.host() != null) {
        who.append(" on ").append(holder.host());
      }
      if (holder.since() != null) {
        who.append(", running it since ").append(holder.since());
      }
      who.append(')');
    }
    return "Task "
        + task
        + " is already running in "
        + who
        + ". Stop it there first, or use 'ferry pause|stop' to act on it.";
  }
}
