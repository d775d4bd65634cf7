package dev.ferry.engine;

import dev.ferry.domain.EventKind;
import dev.ferry.domain.TaskUnit;
import dev.ferry.engine.check.CheckItem;
import dev.ferry.engine.db.Quoting;
import dev.ferry.engine.run.Unit;
import dev.ferry.engine.run.UnitContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
    PrecheckReport report = withoutOwnTables(Precheck.run(context.config()), context);
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

  /**
   * Drops the downstream_table_empty findings about target tables this task's copy created (they
   * are in its stored progress): on a resumed run they exist and hold rows because of the copy
   * itself (decision 0012).
   */
  static PrecheckReport withoutOwnTables(PrecheckReport report, UnitContext context) {
    Set<String> own = new HashSet<>();
    context.store().progress().tables(context.taskId())
        .forEach(p -> own.add("target: " + Quoting.table(p.target())));
    if (own.isEmpty()) {
      return report;
    }
    List<CheckResult> kept = report.results().stream()
        .filter(r -> !(r.id().equals(CheckItem.DOWNSTREAM_TABLE_EMPTY.id()) && own.contains(r.target())))
        .toList();
    return new PrecheckReport(
        report.task(), report.startedAt(), report.took(), kept, report.ignoredItems(), report.skipped());
  }
}
