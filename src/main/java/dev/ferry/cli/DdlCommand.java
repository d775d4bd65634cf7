package dev.ferry.cli;

import dev.ferry.config.project.Project;
import dev.ferry.engine.DdlDecisions.PausedDdl;
import dev.ferry.service.TaskService;
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

/**
 * {@code ferry ddl PROJECT [--skip | --replace SQL ...] [--source ID]}: shows the DDL a task's sync
 * paused on because the target rejected it, and skips it or replaces it (DM's {@code binlog
 * skip|replace}). Then {@code ferry run} (or {@code ferry resume}) continues the task.
 */
@Command(
    name = "ddl",
    description = {
      "Shows a DDL the target rejected (the task paused on it), or decides what to do with it:",
      "--skip leaves it out; --replace runs other SQL instead. Then 'ferry run' continues."
    })
final class DdlCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROJECT", description = "The .ferry project file.")
  Path project;

  @Option(names = "--skip", description = "Skip the rejected DDL.")
  boolean skip;

  @Option(names = "--replace", paramLabel = "SQL",
      description = "Run this statement on the target instead (repeat for several; names as the"
          + " target has them).")
  List<String> replace = new ArrayList<>();

  @Option(names = "--source", paramLabel = "ID",
      description = "The source whose DDL to decide (needed when several are paused).")
  String source;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (skip && !replace.isEmpty()) {
      err.println("error: choose --skip or --replace, not both.");
      return ExitCodes.USAGE;
    }
    Project p = TaskCommands.openProject(project, err);
    if (p == null) {
      return ExitCodes.USAGE;
    }
    try (TaskService tasks = TaskCommands.tasks()) {
      List<PausedDdl> paused = tasks.pausedDdl(p).stream()
          .filter(d -> source == null || d.sourceId().equals(source)).toList();
      if (paused.isEmpty()) {
        out.println("No rejected DDL is waiting for a decision.");
        return skip || !replace.isEmpty() ? ExitCodes.USAGE : ExitCodes.OK;
      }
      if (!skip && replace.isEmpty()) {
        for (PausedDdl d : paused) {
          out.println("source " + d.sourceId() + " at " + d.position() + ":");
          out.println("  statement: " + d.targetSql());
          out.println("  target error: " + d.error());
        }
        out.println("Decide with --skip or --replace SQL, then run the task again.");
        return ExitCodes.OK;
      }
      if (paused.size() > 1) {
        err.println("error: several sources are paused on a DDL; name one with --source.");
        return ExitCodes.USAGE;
      }
      PausedDdl d = paused.get(0);
      boolean done = skip ? tasks.skipDdl(p, d.sourceId()) : tasks.replaceDdl(p, d.sourceId(), replace);
      out.println((skip ? "Skipping" : "Replacing") + " the DDL of source " + d.sourceId() + " at "
          + d.position() + ". Run the task again to continue.");
      return done ? ExitCodes.OK : ExitCodes.TASK_FAILED;
    }
  }
}
