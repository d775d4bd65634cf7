package dev.ferry.config.dm;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.TaskConfig;
import java.util.List;

/**
 * What {@link DmImport} made of a DM task: the model and every problem found on the way.
 *
 * @param task the imported task; null only when the task.yaml could not be read at all (not YAML,
 *     not a mapping). With errors present, fields may be empty or null (e.g. an unsupported
 *     task-mode) and the task must be fixed before it is run.
 * @param problems unknown, unsupported and deprecated keys, missing files, undecryptable passwords,
 *     invalid values: each with the file and key path ({@code task.yaml:mysql-instances[0].meta})
 */
public record DmImportResult(TaskConfig task, List<ConfigProblem> problems) {

  public DmImportResult {
    problems = problems == null ? List.of() : List.copyOf(problems);
  }

  /** Whether any problem is an error. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(ConfigProblem::isError);
  }
}
