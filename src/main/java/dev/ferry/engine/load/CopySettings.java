package dev.ferry.engine.load;

import dev.ferry.config.DumpOptions;
import dev.ferry.config.LoadOptions;

/**
 * How one source's full copy runs.
 *
 * @param dump readers, chunk size, consistency, row filter
 * @param load duplicate policy, deferred indexes
 * @param existing what to do with target tables that exist before the copy
 * @param skipTargetBinlog load with {@code sql_log_bin=0}
 * @param queueBatches batches (of up to 1 MiB) buffered between a chunk's reader and writer
 */
public record CopySettings(
    DumpOptions dump, LoadOptions load, ExistingTables existing, boolean skipTargetBinlog, int queueBatches) {

  public CopySettings {
    if (dump.threads() < 1 || dump.chunkRows() < 1 || queueBatches < 1) {
      throw new IllegalArgumentException("threads, chunk rows and queue size must be positive");
    }
  }

  public static CopySettings of(DumpOptions dump, LoadOptions load) {
    return new CopySettings(dump, load, ExistingTables.FAIL, false, 4);
  }

  public CopySettings withExisting(ExistingTables e) {
    return new CopySettings(dump, load, e, skipTargetBinlog, queueBatches);
  }
}
