package dev.ferry.cli;

import dev.ferry.service.TaskService;
import dev.ferry.service.TaskStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ferry tasks}: every task in this machine's store. */
@Command(name = "tasks", description = "Lists the tasks in this machine's store with their stage.")
final class TasksCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (TaskService service = TaskCommands.tasks()) {
      List<TaskStatus.Summary> tasks = service.tasks();
      if (tasks.isEmpty()) {
        out.println("No tasks yet.");
      }
      for (TaskStatus.Summary t : tasks) {
        out.printf("%-24s %-10s %-12s %s  %s%n", t.name(), t.stage(),
            t.mode() == null ? "-" : t.mode().dmName(), t.updatedAt(),
            t.projectFile() == null ? "" : t.projectFile());
      }
      return ExitCodes.OK;
    }
  }
}
