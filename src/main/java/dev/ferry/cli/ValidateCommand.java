package dev.ferry.cli;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.project.Project;
import dev.ferry.config.project.ProjectFileException;
import dev.ferry.service.ProjectService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ferry validate PROJECT}: every configuration problem at once, without connecting. */
@Command(
    name = "validate",
    description = "Checks a project's configuration and rules (no connections). Exit 0 when it has no errors.")
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROJECT", description = "The .ferry project file.")
  Path project;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ProjectService projects = Services.projects();
    Project p;
    try {
      p = projects.open(project);
    } catch (ProjectFileException e) {
      Console.projectFileError(spec.commandLine().getErr(), e);
      return ExitCodes.USAGE;
    }
    List<ConfigProblem> problems = projects.validate(p.task());
    Console.problems(out, problems);
    long errors = Console.errors(problems);
    out.println(errors == 0 ? "No errors." : errors + " error(s).");
    return errors == 0 ? ExitCodes.OK : ExitCodes.USAGE;
  }
}
