package dev.ferry.cli;

import dev.ferry.config.project.Project;
import dev.ferry.config.project.ProjectFileException;
import dev.ferry.service.ProjectService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ferry export-dm PROJECT -o DIR}. */
@Command(
    name = "export-dm",
    description = {
      "Writes a project as a DM task.yaml plus one source file per source, for dmctl start-task.",
      "Passwords are never written: the files say where to fill them in."
    })
final class ExportDmCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROJECT", description = "The .ferry project file.")
  Path project;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "The directory to write the DM files into.")
  Path directory;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProjectService projects = Services.projects();
    try {
      Project p = projects.open(project);
      if (p.task().taskMode() == null) {
        err.println("error: the project has no task-mode; set one before exporting.");
        return ExitCodes.USAGE;
      }
      List<Path> written = projects.exportDm(p.task(), directory);
      written.forEach(f -> out.println("Wrote " + f));
      return ExitCodes.OK;
    } catch (ProjectFileException e) {
      Console.projectFileError(err, e);
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println("error: cannot write into " + directory + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
  }
}
