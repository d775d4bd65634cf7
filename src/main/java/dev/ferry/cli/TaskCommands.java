package dev.ferry.cli;

import dev.ferry.config.FerryHome;
import dev.ferry.config.project.Project;
import dev.ferry.config.project.ProjectFileException;
import dev.ferry.config.project.ProjectFiles;
import dev.ferry.service.RecentProjects;
import dev.ferry.service.TaskService;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opening projects and the task store for the commands that work on tasks. */
final class TaskCommands {

  private static final Logger LOG = LoggerFactory.getLogger(TaskCommands.class);

  private TaskCommands() {}

  /** The project, or null after printing why it could not be opened. */
  static Project openProject(Path file, PrintWriter err) {
    try {
      return new ProjectFiles().open(file);
    } catch (ProjectFileException e) {
      Console.projectFileError(err, e);
      return null;
    }
  }

  /**
   * Adds {@code file} to this machine's recent projects, as opening it in the window does. A list
   * that cannot be written is not a reason to stop the command.
   */
  static void remember(Path file) {
    try {
      new RecentProjects(FerryHome.directory()).add(file);
    } catch (UncheckedIOException e) {
      LOG.warn("Cannot add {} to the recent projects: {}", file, e.getMessage());
    }
  }

  /** This machine's task service; close it when done. */
  static TaskService tasks() {
    return TaskService.open(Services.projects());
  }
}
