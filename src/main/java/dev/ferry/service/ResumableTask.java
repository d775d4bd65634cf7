package dev.ferry.service;

import dev.ferry.domain.Stage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * A task that was running or paused when Ferry last exited, for the start page's resume list.
 *
 * @param projectFile the project file it last ran from, or null when unknown
 * @param checkpoint where a resume continues, for people (see {@link ResumePoint#describe}); null
 *     when unknown
 */
public record ResumableTask(
    UUID taskId, String name, Path projectFile, Stage stage, Instant updatedAt, String checkpoint) {

  /** Without a known checkpoint. */
  public ResumableTask(UUID taskId, String name, Path projectFile, Stage stage, Instant updatedAt) {
    this(taskId, name, projectFile, stage, updatedAt, null);
  }
}
