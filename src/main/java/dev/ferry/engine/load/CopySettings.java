package dev.ferry.engine.load;

import dev.ferry.config.DumpOptions;
import dev.ferry.config.LoadOptions;
import dev.ferry.config.LoadOptions.OnExistingTable;
import dev.ferry.config.TaskConfig.CollationCompatible;

/**
 * How one source's full copy runs.
 *
 * @param dump readers, chunk size, consistency, row filter
 * @param load duplicate policy, deferred indexes
 * @param existing what to do with target tables that exist before the copy
 * @param collation {@code strict}: target databases and tables state the source's charset and
 *     collation explicitly; {@code loose}: the source's DDL text as it is
 * @param skipTargetBinlog load with {@code sql_log_bin=0}
 * @param queueBatches batches (of up to 1 MiB) buffered between a chunk's reader and writer
 */
public record CopySettings(
    DumpOptions dump,
    LoadOptions load,
    OnExistingTable existing,
    CollationCompatible collation,
    boolean skipTargetBinlog,
    int queueBatches) {

  public CopySettings {
    if (dump.threads() < 1 || dump.chunkRows() < 1 || queueBatches < 1) {
      throw new IllegalArgumentException("threads, chunk rows and queue size must be positive");
    }
  }

  /** The load options' {@code on-existing-table}, loose collations. */
  public static CopySettings of(DumpOptions dump, LoadOptions load) {
    return new CopySettings(dump, load, load.onExistingTable(), CollationCompatible.LOOSE, false, 4);
  }

  public CopySettings withExisting(OnExistingTable e) {
    return new CopySettings(dump, load, e, collation, skipTargetBinlog, queueBatches);
  }

  public CopySettings withCollation(CollationCompatible c) {
    return new CopySettings(dump, load, existing, c, skipTargetBinlog, queueBatches);
  }
}
