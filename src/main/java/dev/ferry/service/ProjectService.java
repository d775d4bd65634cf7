package dev.ferry.service;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.ConfigValidator;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.dm.DmExport;
import dev.ferry.config.dm.DmImport;
import dev.ferry.config.dm.DmImportResult;
import dev.ferry.config.project.Project;
import dev.ferry.config.project.ProjectFileException;
import dev.ferry.config.project.ProjectFiles;
import dev.ferry.config.secret.SecretStore;
import dev.ferry.rules.RuleValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Project use cases shared by the window and the command line: open, validate, save, and the way
 * in from and out to DM's task files.
 */
public final class ProjectService {

  private final ProjectFiles files;
  private final SecretStore secrets;
  private final RecentProjects recent;

  public ProjectService(ProjectFiles files, SecretStore secrets, RecentProjects recent) {
    this.files = files;
    this.secrets = secrets;
    this.recent = recent;
  }

  /** Reads a project file; a failed open never modifies the file. */
  public Project open(Path file) throws ProjectFileException {
    Project project = files.open(file);
    recent.add(file);
    return project;
  }

  /**
   * Saves atomically. Typed passwords are moved into this machine's encrypted secret store and
   * the file keeps only their ids. Keep using the returned project.
   */
  public Project save(Project project, Path file) throws ProjectFileException {
    Project saved = files.save(project, file, secrets);
    recent.add(file);
    return saved;
  }

  /**
   * Every problem of the task: options and references ({@link ConfigValidator}) and rule contents
   * — patterns, regexes, event names, expressions ({@link RuleValidator}) — with paths from the
   * task's root.
   */
  public List<ConfigProblem> validate(TaskConfig task) {
    List<ConfigProblem> problems = new ArrayList<>(ConfigValidator.validate(task));
    for (ConfigProblem p : RuleValidator.validate(task.rules(), task.caseSensitive())) {
      problems.add(new ConfigProblem(p.severity(), "rules." + p.path(), p.message(), p.fix()));
    }
    return List.copyOf(problems);
  }

  public DmImportResult importDm(Path taskFile, List<Path> sourceFiles) throws IOException {
    return DmImport.read(taskFile, sourceFiles);
  }

  /** Writes {@code task.yaml} and one source file per source; never a plain password. */
  public List<Path> exportDm(TaskConfig task, Path directory) throws IOException {
    return DmExport.write(task, directory);
  }
}
