package dev.ferry.cli;

import dev.ferry.config.project.Project;
import dev.ferry.domain.Stage;
import dev.ferry.engine.FerryException;
import dev.ferry.engine.Migration;
import dev.ferry.engine.MigrationListener;
import dev.ferry.engine.ProgressSnapshot;
import dev.ferry.engine.SyncStatus;
import dev.ferry.service.TaskLease;
import dev.ferry.service.TaskService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ferry run PROJECT}: runs (or resumes) a task headless, printing a progress line every few
 * seconds. Ctrl+C / SIGTERM stops gracefully with checkpoints flushed.
 */
@Command(
    name = "run",
    description = {
      "Runs the task headless; resumes from the checkpoints when it ran before.",
      "full: exits 0 when finished. incremental/all: runs until Ctrl+C or SIGTERM (graceful stop,"
          + " exit 0), or with --until-synced until caught up."
    })
final class RunCommand implements Callable<Integer> {

  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PROJECT", description = "The .ferry project file.")
  Path project;

  @Option(names = "--max-duration", paramLabel = "DURATION",
      description = "Stop gracefully after this long (e.g. 30s, 10m, 2h).",
      converter = DurationConverter.class)
  Duration maxDuration;

  @Option(names = "--until-synced",
      description = "incremental/all: exit 0 once the sync has applied everything the source had"
          + " written when the sync began (checkpoints flushed).")
  boolean untilSynced;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Project p = TaskCommands.openProject(project, err);
    if (p == null) {
      return ExitCodes.USAGE;
    }
    TaskCommands.remember(project); // the window's start page lists it with its recent projects
    if (untilSynced && p.task().sources().size() > 1) {
      err.println("error: --until-synced supports one source in this build; this task has "
          + p.task().sources().size() + ".");
      return ExitCodes.USAGE;
    }
    long deadline = maxDuration == null ? Long.MAX_VALUE : System.nanoTime() + maxDuration.toNanos();
    try (TaskService tasks = TaskCommands.tasks()) {
      // the run lock is kept for the whole command, also while a paused task waits for 'ferry
      // resume': no second process can start the task meanwhile
      TaskLease lease;
      try {
        lease = tasks.lease(p);
      } catch (FerryException e) {
        return Errors.print(err, e);
      }
      try (lease) {
        return runHoldingLease(tasks, lease, p, out, err, deadline);
      }
    }
  }

  private int runHoldingLease(
      TaskService tasks, TaskLease lease, Project p, PrintWriter out, PrintWriter err, long deadline)
      throws InterruptedException {
    while (true) {
      Migration migration;
      try {
        migration = tasks.prepare(
            p, project.toAbsolutePath(), ConsolePrompt.create(), MigrationListener.NONE, lease);
      } catch (FerryException e) {
        return Errors.print(err, e);
      }
      CatchUp catchUp = untilSynced ? new CatchUp() : null;
      ProgressSnapshot last = runToEnd(migration, out, deadline, catchUp);
      if (catchUp != null && catchUp.reached) {
        out.println(p.task().name() + ": caught up with " + catchUp.head
            + "; checkpoints flushed. 'ferry run' again continues the sync.");
        return ExitCodes.OK;
      }
      switch (last.stage()) {
        case FINISHED:
          out.println(p.task().name() + ": finished, " + last.rowsDone() + " rows copied.");
          return ExitCodes.OK;
        case STOPPED:
          out.println(p.task().name() + ": stopped; 'ferry run' again resumes from the checkpoints.");
          return ExitCodes.OK;
        case PAUSED:
          if (last.lastError() != null) {
            return Errors.print(err, last.lastError());
          }
          out.println(p.task().name() + ": paused. Waiting for 'ferry resume' (Ctrl+C to leave).");
          out.flush();
          if (!awaitResume(tasks, p, deadline)) {
            tasks.markStopped(lease);
            out.println(p.task().name() + ": stopped; 'ferry run' again resumes from the checkpoints.");
            return ExitCodes.OK;
          }
          break;
        default:
          return last.lastError() != null ? Errors.print(err, last.lastError()) : ExitCodes.TASK_FAILED;
      }
    }
  }

  /** --until-synced: the source's head when the sync began, and whether it was reached. */
  private static final class CatchUp {
    dev.ferry.domain.BinlogPosition head;
    boolean reached;

    void check(Migration migration) {
      ProgressSnapshot s = migration.snapshot();
      if (reached || s.stage() != Stage.SYNCING || s.sync() == null) {
        return;
      }
      if (head == null) {
        head = migration.sourceHeads().values().iterator().next();
      }
      if (s.sync().appliedPosition() != null && s.sync().appliedPosition().compareTo(head) >= 0) {
        reached = true;
        migration.stop(); // a stop flushes the checkpoints for everything the target committed
      }
    }
  }

  private static ProgressSnapshot runToEnd(
      Migration migration, PrintWriter out, long deadline, CatchUp catchUp) throws InterruptedException {
    Thread runner = new Thread(migration, "ferry-run");
    Thread hook = new Thread(() -> {
      migration.stop();
      try {
        runner.join(Duration.ofMinutes(1).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "ferry-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    runner.start();
    long nextLine = System.nanoTime() + PROGRESS_EVERY.toNanos();
    while (runner.isAlive()) {
      runner.join(200);
      if (System.nanoTime() >= deadline) {
        migration.stop();
      }
      if (catchUp != null) {
        try {
          catchUp.check(migration);
        } catch (FerryException e) {
          // the source could not be asked for its head: keep syncing, try again next time
        }
      }
      if (System.nanoTime() >= nextLine) {
        out.println(ProgressLine.of(migration.snapshot()));
        out.flush();
        nextLine = System.nanoTime() + PROGRESS_EVERY.toNanos();
      }
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook is running
    }
    return migration.snapshot();
  }

  /** True when the user resumed; false on stop or deadline. Another pause keeps waiting. */
  private static boolean awaitResume(TaskService tasks, Project p, long deadline) throws InterruptedException {
    while (System.nanoTime() < deadline) {
      Optional<TaskService.Request> request = tasks.takeRequest(p.id());
      if (request.isPresent() && request.get() != TaskService.Request.PAUSE) {
        return request.get() == TaskService.Request.RESUME;
      }
      Thread.sleep(500);
    }
    return false;
  }

  /** Parses 30s, 10m, 2h, 1h30m or ISO-8601 (PT10M). */
  static final class DurationConverter implements picocli.CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      String v = value.trim().toLowerCase();
      if (v.startsWith("pt") || v.startsWith("p")) {
        return Duration.parse(v.toUpperCase());
      }
      if (!v.matches("(\\d+[hms])+")) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a duration: use e.g. 30s, 10m, 2h or 1h30m");
      }
      return Duration.parse("PT" + v.toUpperCase());
    }
  }

  /** One progress line: stage, tables done/total, rows, rows/s, lag. */
  static final class ProgressLine {
    private ProgressLine() {}

    static String of(ProgressSnapshot s) {
      StringBuilder line = new StringBuilder();
      line.append('[').append(s.stage()).append("] ");
      if (s.stage() == Stage.SYNCING && s.sync() != null) {
        // the sync's own numbers: the copy's counters stand still while it runs
        SyncStatus y = s.sync();
        line.append(String.format("%,.0f", y.eventsPerSecond())).append(" events/s, ")
            .append(String.format("%,.0f", y.rowsPerSecond())).append(" rows/s");
        if (y.lagSeconds() >= 0) {
          line.append(String.format(", lag %.1f s", y.lagSeconds()));
        }
        if (y.appliedPosition() != null) {
          line.append(", applied ").append(y.appliedPosition());
        }
        if (y.safeMode()) {
          line.append(", safe mode");
        }
      } else {
        line.append("tables ").append(s.tablesDone()).append('/')
            .append(s.tables().size()).append(", ").append(String.format("%,d", s.rowsDone())).append(" rows, ")
            .append(String.format("%,.0f", s.rowsPerSecond())).append(" rows/s");
        if (s.eta() != null) {
          line.append(", ETA ").append(s.eta().toSeconds()).append(" s");
        }
      }
      if (s.lastError() != null && s.lastError().retrying()) {
        line.append(", retrying after ").append(s.lastError().code());
      }
      return line.toString();
    }
  }
}
