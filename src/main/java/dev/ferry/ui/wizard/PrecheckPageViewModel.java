package dev.ferry.ui.wizard;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.TaskConfig;
import dev.ferry.engine.CheckResult;
import dev.ferry.engine.FerryException;
import dev.ferry.engine.PrecheckReport;
import dev.ferry.service.ServerAccess;
import dev.ferry.ui.common.TaskExecutor;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Step 8: runs the precheck and lists what it found, errors first, each with its fix. Errors block
 * Start; a change to the task after the check makes it stale.
 */
public final class PrecheckPageViewModel extends PageViewModel {

  private final TaskExecutor executor;
  private final ServerAccess access;
  private final Supplier<TaskConfig> task;
  private final ObservableList<CheckResult> results = FXCollections.observableArrayList();
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper passed = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Not run yet.");
  private final ReadOnlyObjectWrapper<PrecheckReport> report = new ReadOnlyObjectWrapper<>();

  public PrecheckPageViewModel(
      TaskExecutor executor, ServerAccess access, Supplier<TaskConfig> task) {
    this.executor = executor;
    this.access = access;
    this.task = task;
  }

  @Override
  public String title() {
    return "Check";
  }

  @Override
  public String help() {
    return "Ferry checks privileges, binlog settings, retention, table structure and the target"
        + " before anything is written. Every finding says why it matters and how to fix it.";
  }

  @Override
  public void onEnter() {
    if (report.get() == null && !running.get()) {
      run();
    }
  }

  /** Runs (or re-runs) the precheck off the UI thread. */
  public void run() {
    if (running.get()) {
      return;
    }
    TaskConfig config = task.get();
    running.set(true);
    passed.set(false);
    summary.set("Checking " + config.sources().size() + " source(s) and the target…");
    executor.execute(
        () -> access.precheck(config),
        this::show,
        failure -> {
          running.set(false);
          report.set(null);
          results.clear();
          String action = failure instanceof FerryException f ? " " + f.suggestedAction() : "";
          summary.set("✗ The precheck could not run: " + failure.getMessage() + action);
        });
  }

  void show(PrecheckReport r) {
    running.set(false);
    report.set(r);
    results.setAll(
        r.results().stream().sorted(Comparator.comparing(CheckResult::severity)).toList());
    passed.set(!r.hasErrors());
    long ok = r.count(CheckResult.Severity.OK);
    summary.set(
        (r.hasErrors() ? "✗ " : "✓ ")
            + r.errorCount()
            + " error(s) · "
            + r.warningCount()
            + " warning(s) · "
            + r.count(CheckResult.Severity.INFO)
            + " note(s) · "
            + ok
            + " passed"
            + (r.hasErrors()
                ? " — fix the errors, then run the check again."
                : " — ready to start."));
  }

  /** The task changed: the last result no longer holds. */
  void markStale() {
    if (report.get() != null) {
      report.set(null);
      passed.set(false);
      results.clear();
      summary.set("The task changed since the last check: run it again.");
    }
  }

  /** The GRANT / SET statements of a result's fix, for the copy button ("" when none). */
  public static String statements(CheckResult r) {
    return r.fix()
        .lines()
        .filter(l -> l.trim().matches("(?i)^(GRANT|SET|CALL|REVOKE|ALTER|CREATE)\\b.*"))
        .reduce((a, b) -> a + "\n" + b)
        .orElse("");
  }

  @Override
  public void showProblems(List<ConfigProblem> problems) {
    setValid(true); // Next to Review is always allowed; Start needs a passed check
  }

  public ObservableList<CheckResult> results() {
    return results;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** True when the last check found no error and the task has not changed since. */
  public ReadOnlyBooleanProperty passedProperty() {
    return passed.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<PrecheckReport> reportProperty() {
    return report.getReadOnlyProperty();
  }
}
