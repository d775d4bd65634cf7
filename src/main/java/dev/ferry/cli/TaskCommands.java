package dev.ferry.cli;

import dev.ferry.config.project.Project;
import dev.ferry.config.project.ProjectFileException;
import dev.ferry.config.project.ProjectFiles;
import dev.ferry.service.TaskService;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Opening projects and the task store for the commands that work on tasks. */
final class TaskCommands {

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

  /** This machine's task service; close it when done. */
  static TaskService tasks() {
    return TaskService.open(Services.projects());
  }
}
