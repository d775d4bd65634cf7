package dev.ferry.config;

import dev.ferry.domain.TaskMode;
import java.time.Duration;
import java.util.List;

/** Checks of one source's dump, load and sync options. */
final class UnitOptionChecks {

  /** Above this, a thread count is almost surely a typo: each thread holds a connection. */
  static final int HIGH_THREAD_COUNT = 64;

  private UnitOptionChecks() {}

  /** Checks the options of the units {@code mode} runs (all of them when no mode is set). */
  static void check(
      String path,
      TaskMode mode,
      SourceConfig source,
      boolean foreignKeyChecksOn,
      List<ConfigProblem> problems) {
    if (mode == null || mode.hasDump()) {
      checkDump(path + ".dump", source.dump(), problems);
    }
    if (mode == null || mode.hasLoad()) {
      checkThreads(path + ".load.pool-size", source.load().threads(), problems);
    }
    if (mode == null || mode.hasSync()) {
      checkSync(path + ".sync", source.sync(), foreignKeyChecksOn, problems);
    }
  }

  /**
   * on-existing-table is per source (like DM's loader options), but a target table that several
   * sources copy into can follow only one value: the first source's.
   */
  static void checkOnExistingTable(TaskConfig task, List<ConfigProblem> problems) {
    if (task.taskMode() != null && !task.taskMode().hasDump()) {
      return;
    }
    LoadOptions.OnExistingTable first = null;
    for (int i = 0; i < task.sources().size(); i++) {
      SourceConfig source = task.sources().get(i);
      if (source == null) {
        continue;
      }
      LoadOptions.OnExistingTable value = source.load().onExistingTable();
      if (first == null) {
        first = value;
      } else if (value != first) {
        problems.add(
            ConfigProblem.warning(
                "sources[" + i + "].load.on-existing-table",
                "on-existing-table is "
                    + value.dmName()
                    + " here but "
                    + first.dmName()
                    + " for the first source; a target table that several sources copy into"
                    + " follows the first source's value.",
                "Use the same value for every source."));
      }
    }
  }

  private static void checkDump(String path, DumpOptions dump, List<ConfigProblem> problems) {
    checkThreads(path + ".threads", dump.threads(), problems);
    if (dump.chunkRows() < 1) {
      problems.add(
          ConfigProblem.error(
              path + ".rows",
              "rows is " + dump.chunkRows() + "; a chunk needs at least one row.",
              "Use a positive number; DM's default is " + DumpOptions.DEFAULT_CHUNK_ROWS + "."));
    }
    try {
      ByteSizes.parse(dump.chunkFilesize());
    } catch (IllegalArgumentException e) {
      problems.add(
          ConfigProblem.error(
              path + ".chunk-filesize",
              "\"" + dump.chunkFilesize() + "\" is not a size.",
              "Use a size such as 64MiB or 256MB; a bare number means megabytes."));
    }
  }

  private static void checkSync(
      String path, SyncOptions sync, boolean foreignKeyChecksOn, List<ConfigProblem> problems) {
    checkThreads(path + ".worker-count", sync.workerCount(), problems);
    atLeastOne(path + ".batch", "batch", sync.batch(), problems);
    atLeastOne(path + ".queue-size", "queue-size", sync.queueSize(), problems);
    if (sync.checkpointFlushInterval().isNegative() || sync.checkpointFlushInterval().isZero()) {
      problems.add(
          ConfigProblem.error(
              path + ".checkpoint-flush-interval",
              "checkpoint-flush-interval must be longer than zero.",
              "Use a positive duration; DM's default is 30s."));
    }
    Duration safeModeDuration = sync.safeModeDuration();
    if (safeModeDuration != null && safeModeDuration.isNegative()) {
      problems.add(
          ConfigProblem.error(
              path + ".safe-mode-duration",
              "safe-mode-duration is negative.",
              "Use 0s to turn the automatic safe mode off, or a positive duration."));
    } else if (sync.safeMode() && safeModeDuration != null && safeModeDuration.isZero()) {
      problems.add(
          ConfigProblem.error(
              path + ".safe-mode-duration",
              "safe-mode is on but safe-mode-duration is 0s, which contradicts it (DM error"
                  + " 20061).",
              "Remove safe-mode-duration, or turn safe-mode off."));
    }
    if (foreignKeyChecksOn) {
      String why =
          " changes statement boundaries, which is unsafe while the target session has"
              + " foreign_key_checks=1.";
      String fix = "Turn it off, or remove foreign_key_checks from target.session.";
      if (sync.compact()) {
        problems.add(ConfigProblem.error(path + ".compact", "compact" + why, fix));
      }
      if (sync.multipleRows()) {
        problems.add(ConfigProblem.error(path + ".multiple-rows", "multiple-rows" + why, fix));
      }
    }
  }

  private static void checkThreads(String path, int threads, List<ConfigProblem> problems) {
    if (threads < 1) {
      problems.add(
          ConfigProblem.error(
              path,
              "The thread count is " + threads + "; it must be at least 1.",
              "Use a positive number."));
    } else if (threads > HIGH_THREAD_COUNT) {
      problems.add(
          ConfigProblem.warning(
              path,
              threads + " threads is unusually high: each holds a database connection.",
              "Use " + HIGH_THREAD_COUNT + " or fewer unless the servers are sized for it."));
    }
  }

  private static void atLeastOne(
      String path, String name, int value, List<ConfigProblem> problems) {
    if (value < 1) {
      problems.add(
          ConfigProblem.error(
              path, name + " is " + value + "; it must be at least 1.", "Use a positive number."));
    }
  }
}
