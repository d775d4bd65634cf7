package dev.ferry.store;

import dev.ferry.domain.Stage;
import dev.ferry.domain.TaskMode;
import dev.ferry.domain.TaskUnit;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A task as the store knows it.
 *
 * @param taskId the project's id
 * @param name the task name shown to the user
 * @param projectFile the project file it was last run from, or null
 * @param mode the task mode, or null if not known yet
 * @param stage the current stage
 * @param unit the unit the stage belongs to, or null (e.g. {@code NEW})
 * @param requestedAction a pause/resume/stop another process asked for and the runner has not taken
 *     yet, or null
 * @param createdAt when the task was first registered
 * @param updatedAt when its stage or registration last changed
 */
public record TaskState(
    UUID taskId,
    String name,
    Path projectFile,
    TaskMode mode,
    Stage stage,
    TaskUnit unit,
    TaskAction requestedAction,
    Instant createdAt,
    Instant updatedAt) {

  public Optional<TaskAction> pendingAction() {
    return Optional.ofNullable(requestedAction);
  }
}
