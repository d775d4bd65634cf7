package dev.ferry.cli;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.dm.DmImportResult;
import dev.ferry.config.project.Project;
import dev.ferry.config.project.ProjectFileException;
import dev.ferry.service.ProjectService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ferry import-dm TASK.yaml [SOURCE.yaml ...] -o PROJECT.ferry}. */
@Command(
    name = "import-dm",
    description = {
      "Reads a DM task.yaml and its source.yaml files into a Ferry project.",
      "Unknown or unsupported DM keys are reported by name. Plain-text passwords are stored"
          + " encrypted on this machine, never in the project file."
    })
final class ImportDmCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TASK.yaml", description = "The DM task file.")
  Path taskFile;

  @Parameters(index = "1..*", paramLabel = "SOURCE.yaml", description = "The DM source files.")
  List<Path> sourceFiles = new ArrayList<>();

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "PROJECT.ferry",
      description = "The project file to write.")
  Path output;

  @Option(names = "--keep-going",
      description = "Write the project even when the import found errors (fix them in the wizard).")
  boolean keepGoing;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProjectService projects = Services.projects();
    DmImportResult result;
    try {
      result = projects.importDm(taskFile, sourceFiles);
    } catch (IOException e) {
      err.println("error: cannot read " + taskFile + " or its source files: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Console.problems(out, result.problems());
    if (result.task() == null || (result.hasErrors() && !keepGoing)) {
      err.println("Not written: the import found " + Console.errors(result.problems())
          + " error(s). Fix them, or use --keep-going to write the project anyway.");
      return ExitCodes.USAGE;
    }
    try {
      Project saved = projects.save(Project.create(result.task()), output);
      out.println("Wrote " + output + " (project id " + saved.id() + ").");
    } catch (ProjectFileException e) {
      Console.projectFileError(err, e);
      return ExitCodes.USAGE;
    }
    return result.problems().stream().anyMatch(ConfigProblem::isError) ? ExitCodes.USAGE : ExitCodes.OK;
  }
}
