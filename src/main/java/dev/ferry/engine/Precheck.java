package dev.ferry.engine;

import dev.ferry.config.TaskConfig;
import dev.ferry.engine.check.CheckSettings;
import dev.ferry.engine.check.Finding;
import dev.ferry.engine.check.PrecheckRunner;
import dev.ferry.engine.db.DbException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The precheck: every check DM makes before a task starts (and Ferry's own), each with what it
 * found, why it matters and the exact fix. Used by {@code ferry check}, the wizard's check page
 * and the start of every run (errors stop the run before anything is written).
 *
 * <pre>{@code
 * PrecheckReport report = Precheck.run(task);
 * if (report.hasErrors()) { ... show report.errors() ... }
 * }</pre>
 */
public final class Precheck {

  private Precheck() {}

  /** Runs with {@link PrecheckOptions#defaults()}. */
  public static PrecheckReport run(TaskConfig task) {
    return run(task, PrecheckOptions.defaults());
  }

  /**
   * Connects to every source and the target and runs the checks the task's mode needs, skipping
   * {@code ignore-checking-items}. Blocks until done; bounded by the options' deadlines. Servers
   * that cannot be reached are reported as results, not thrown.
   *
   * @param task a task whose passwords the caller has resolved to {@code Secret.Kind.PLAIN}
   * @throws FerryException {@link ErrorCode#SECRET_UNAVAILABLE} when a password is not resolved
   */
  public static PrecheckReport run(TaskConfig task, PrecheckOptions options) {
    Instant start = Instant.now();
    long t0 = System.nanoTime();
    PrecheckRunner runner =
        new PrecheckRunner(
            task,
            new CheckSettings(
                options.connectTimeout(),
                options.queryTimeout(),
                options.serverDeadline(),
                options.threads(),
                options.sampleTime()));
    List<Finding> findings;
    try {
      findings = runner.run();
    } catch (DbException e) {
      throw DbErrorCodes.toFerry(e);
    }
    List<CheckResult> results = findings.stream().map(Precheck::toResult).toList();
    return new PrecheckReport(
        task.name(),
        start,
        Duration.ofNanos(System.nanoTime() - t0),
        results,
        task.ignoreCheckingItems(),
        runner.skipsEverything());
  }

  /** The exception that stops a run whose precheck found errors. */
  public static FerryException failure(PrecheckReport report) {
    String fixes =
        String.join(
            "\n",
            report.errors().stream()
                .map(r -> r.id() + " (" + r.target() + "): " + r.found())
                .toList());
    return FerryException.withAction(
        ErrorCode.PRECHECK_FAILED,
        ErrorCode.PRECHECK_FAILED.suggestedAction() + "\n" + fixes,
        null,
        report.errorCount());
  }

  static CheckResult toResult(Finding f) {
    return new CheckResult(
        f.item().id(),
        CheckResult.Severity.valueOf(f.severity().name()),
        f.target(),
        f.found(),
        f.why(),
        f.fix());
  }
}
