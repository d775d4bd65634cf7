package dev.ferry.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.ferry.config.project.Project;
import dev.ferry.engine.CheckResult;
import dev.ferry.engine.FerryException;
import dev.ferry.engine.PrecheckReport;
import dev.ferry.service.TaskService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ferry check PROJECT [--json]}: the precheck; exit 0 when it finds no errors, 3 when it
 * does, 5 when a server refuses the login.
 */
@Command(name = "check", description = "Runs the precheck against the project's servers. Exit 0 without errors,"
    + " 3 with, 5 when a server refuses the login.")
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROJECT", description = "The .ferry project file.")
  Path project;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Project p = TaskCommands.openProject(project, err);
    if (p == null) {
      return ExitCodes.USAGE;
    }
    PrecheckReport report;
    try (TaskService tasks = TaskCommands.tasks()) {
      report = tasks.check(p, ConsolePrompt.create());
    } catch (FerryException e) {
      return Errors.print(err, e);
    }
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.toMap()));
    } else {
      for (CheckResult r : report.results()) {
        if (r.severity() == CheckResult.Severity.OK) {
          continue;
        }
        out.printf("%-8s %s [%s]: %s%n", r.severity().name().toLowerCase(), r.id(), r.target(), r.found());
        if (r.why() != null && !r.why().isBlank()) {
          out.println("         why: " + r.why());
        }
        if (r.fix() != null && !r.fix().isBlank()) {
          out.println("         fix: " + r.fix().replace("\n", "\n              "));
        }
      }
      out.printf("%d error(s), %d warning(s).%n",
          report.count(CheckResult.Severity.ERROR), report.count(CheckResult.Severity.WARNING));
    }
    return report.hasErrors() ? ExitCodes.PRECHECK_FAILED : ExitCodes.OK;
  }
}
