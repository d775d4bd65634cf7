package dev.ferry.cli;

import dev.ferry.config.project.Project;
import dev.ferry.service.TaskService;
import dev.ferry.service.TaskService.Request;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ferry pause|resume|stop PROJECT}: steer a task another Ferry process runs. */
final class ControlCommands {

  private ControlCommands() {}

  abstract static class Control implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "The .ferry project file.")
    Path project;

    abstract Request action();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Project p = TaskCommands.openProject(project, err);
      if (p == null) {
        return ExitCodes.USAGE;
      }
      try (TaskService tasks = TaskCommands.tasks()) {
        if (!tasks.request(p.id(), action())) {
          err.println("error: task '" + p.task().name() + "' has never run on this machine.");
          return ExitCodes.USAGE;
        }
        out.println("Asked the process running '" + p.task().name() + "' to "
            + action().name().toLowerCase() + " (it acts within a second).");
        return ExitCodes.OK;
      }
    }
  }

  @Command(name = "pause", description = "Pauses a running task after flushing its checkpoints.")
  static final class Pause extends Control {
    @Override
    Request action() {
      return Request.PAUSE;
    }
  }

  @Command(name = "resume", description = "Resumes a task paused with 'ferry pause'.")
  static final class Resume extends Control {
    @Override
    Request action() {
      return Request.RESUME;
    }
  }

  @Command(name = "stop", description = "Stops a running task after flushing its checkpoints.")
  static final class Stop extends Control {
    @Override
    Request action() {
      return Request.STOP;
    }
  }
}
