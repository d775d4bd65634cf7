package dev.ferry.engine;

import dev.ferry.domain.EventKind;
import dev.ferry.domain.TaskUnit;
import dev.ferry.engine.run.Unit;
import dev.ferry.engine.run.UnitContext;

/**
 * The check unit: runs the precheck at the start of every run (servers may have changed since the
 * last one). Errors stop the run before anything is written; errors and warnings, with their
 * fixes, go to the task's event log.
 */
final class PrecheckUnit implements Unit {

  @Override
  public TaskUnit kind() {
    return TaskUnit.CHECK;
  }

  @Override
  public void run(UnitContext context) {
    PrecheckReport report = Precheck.run(context.config());
    String summary =
        "Precheck: "
            + report.count(CheckResult.Severity.ERROR)
            + " error(s), "
            + report.count(CheckResult.Severity.WARNING)
            + " warning(s)";
    context.store().events().append(context.taskId(), EventKind.INFO, summary);
    // the task's record keeps every finding that matters, with its fix
    for (CheckResult r : report.results()) {
      EventKind kind = switch (r.severity()) {
        case ERROR -> EventKind.ERROR;
        case WARNING -> EventKind.WARNING;
        default -> null;
      };
      if (kind != null) {
        context.store().events().append(context.taskId(), kind,
            r.id() + " (" + r.target() + "): " + r.found() + (r.fix() == null ? "" : " Fix: " + r.fix()));
      }
    }
    if (report.hasErrors()) {
      throw Precheck.failure(report);
    }
  }
}
