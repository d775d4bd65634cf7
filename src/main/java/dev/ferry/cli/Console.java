package dev.ferry.cli;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.project.ProjectFileException;
import java.io.PrintWriter;
import java.util.List;

/** How the command line prints problems: one clear line each, the fix under it, no stack traces. */
final class Console {

  private Console() {}

  static void problems(PrintWriter out, List<ConfigProblem> problems) {
    for (ConfigProblem p : problems) {
      out.println((p.isError() ? "error   " : "warning ") + p.path() + ": " + p.message());
      if (p.fix() != null && !p.fix().isBlank()) {
        out.println("        fix: " + p.fix());
      }
    }
  }

  static void projectFileError(PrintWriter err, ProjectFileException e) {
    err.println("error: " + e.getMessage());
    e.problems().forEach(p -> err.println("  " + p));
  }

  static long errors(List<ConfigProblem> problems) {
    return problems.stream().filter(ConfigProblem::isError).count();
  }
}
