package dev.ferry.config.dm;

import dev.ferry.config.GoDurations;
import dev.ferry.config.DumpOptions;
import dev.ferry.config.LoadOptions;
import dev.ferry.config.LoadOptions.OnDuplicate;
import dev.ferry.config.SyncOptions;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * DM's unit configurations ({@code mydumpers}, {@code loaders}, {@code syncers} entries and the
 * inline {@code mydumper}/{@code loader}/{@code syncer} blocks) to Ferry's options. As in DM, keys
 * a block leaves out take DM's defaults; the exception is {@code pool-size}, whose absence gives
 * Ferry's default of {@value LoadOptions#DEFAULT_THREADS} writers rather than DM's 16 (see {@link
 * LoadOptions}).
 */
final class DmUnitConfigs {

  private static final Set<String> LOGICAL_MODES = Set.of("logical", "sql", "loader");
  private static final List<String> PHYSICAL_KEYS =
      List.of(
          "on-duplicate-physical",
          "sorting-dir-physical",
          "disk-quota-physical",
          "checksum-physical",
          "analyze",
          "range-concurrency",
          "compress-kv-pairs",
          "pd-addr");

  private DmUnitConfigs() {}

  static DumpOptions dump(DmNode n, DmProblems p) {
    Integer threads = n.integer("threads");
    Long rows = n.longValue("rows");
    String filesize = n.string("chunk-filesize");
    String where = n.string("where");
    DumpOptions dump =
        new DumpOptions(
            threads == null ? DumpOptions.DEFAULT_THREADS : threads,
            rows == null || rows == 0 ? DumpOptions.DEFAULT_CHUNK_ROWS : rows,
            filesize == null || filesize.isBlank() ? null : chunkFilesize(filesize),
            DumpOptions.Consistency.AUTO,
            where);
    Long statementSize = n.longValue("statement-size");
    if (statementSize != null && statementSize != 0) {
      p.unsupported(
          n.pathOf("statement-size"),
          "'statement-size' is not supported by Ferry",
          "Ferry sizes its INSERT statements itself; the value is ignored.");
    }
    Boolean skipTzUtc = n.bool("skip-tz-utc");
    if (skipTzUtc != null && !skipTzUtc) {
      p.deprecated(
          n.pathOf("skip-tz-utc"),
          "'skip-tz-utc' is a legacy mydumper flag",
          "Ignored, as by DM's Dumpling; timestamps are read in the task's timezone.");
    }
    if (n.string("mydumper-path") != null) {
      p.deprecated(
          n.pathOf("mydumper-path"),
          "'mydumper-path' is a legacy mydumper setting",
          "Ignored, as by DM: the dump is built in. Remove the key.");
    }
    String extraArgs = n.string("extra-args");
    return extraArgs == null ? dump : DmExtraArgs.apply(extraArgs, dump, n.pathOf("extra-args"), p);
  }

  /** DM's bare number means MiB; Ferry keeps the unit explicit. */
  static String chunkFilesize(String value) {
    String v = value == null ? "" : value.trim();
    return v.matches("\\d+") ? v + "MiB" : v;
  }

  static LoadOptions load(DmNode n, DmProblems p) {
    Integer poolSize = n.integer("pool-size");
    String dir = n.string("dir");
    if (dir != null && !dir.isBlank() && !dir.equals("./dumped_data")) {
      p.unsupported(
          n.pathOf("dir"),
          "'dir' is not used by Ferry",
          "Ferry streams rows from source to target without dump files; the directory is ignored.");
    }
    String mode = n.string("import-mode");
    if (mode != null && !mode.isBlank() && !LOGICAL_MODES.contains(mode.toLowerCase())) {
      p.unsupported(
          n.pathOf("import-mode"),
          "'import-mode: " + mode + "' is not supported by Ferry",
          "Ferry always loads with SQL statements, like DM's logical mode (on-duplicate-logical"
              + " applies); TiDB Lightning options such as on-duplicate-physical are ignored.");
    }
    n.skip(PHYSICAL_KEYS.toArray(String[]::new));
    OnDuplicate onDuplicate = onDuplicate(n, "on-duplicate-logical", p);
    if (n.has("on-duplicate")) {
      OnDuplicate alias = onDuplicate(n, "on-duplicate", p);
      p.deprecated(
          n.pathOf("on-duplicate"),
          "'on-duplicate' is deprecated",
          onDuplicate == null
              ? "Read as 'on-duplicate-logical'; rename the key."
              : "Ignored because 'on-duplicate-logical' is set; remove it.");
      onDuplicate = onDuplicate == null ? alias : onDuplicate;
    } else {
      n.skip("on-duplicate");
    }
    return new LoadOptions(
        poolSize == null || poolSize == 0 ? LoadOptions.DEFAULT_THREADS : poolSize,
        onDuplicate,
        true,
        // DM has no on-existing-table: an imported task gets Ferry's default (fail)
        LoadOptions.OnExistingTable.FAIL);
  }

  private static OnDuplicate onDuplicate(DmNode n, String key, DmProblems p) {
    String value = n.string(key);
    if (value == null || value.isBlank()) {
      return null;
    }
    OnDuplicate result = OnDuplicate.fromDmName(value.toLowerCase()).orElse(null);
    if (result == null) {
      p.error(
          n.pathOf(key),
          "Unknown '" + key + "' value '" + value + "'",
          "Use replace, ignore or error.");
    }
    return result;
  }

  static SyncOptions sync(DmNode n, DmProblems p) {
    Integer workers = n.integer("worker-count");
    Integer batch = n.integer("batch");
    Integer queueSize = n.integer("queue-size");
    Integer flush = n.integer("checkpoint-flush-interval");
    Boolean safeMode = n.bool("safe-mode");
    Duration safeModeDuration = null;
    String duration = n.string("safe-mode-duration");
    if (duration != null && !duration.isBlank()) {
      safeModeDuration = GoDurations.parse(duration).filter(d -> !d.isNegative()).orElse(null);
      if (safeModeDuration == null) {
        p.error(n.pathOf("safe-mode-duration"),
            "not a duration: '" + duration + "' (write e.g. 60s or 1m30s)",
            "Write e.g. \"60s\" or \"1m30s\".");
      }
    }
    if (Boolean.TRUE.equals(safeMode) && Duration.ZERO.equals(safeModeDuration)) {
      p.error(
          n.pathOf("safe-mode-duration"),
          "'safe-mode: true' conflicts with 'safe-mode-duration: 0s' (DM error 20061)",
          "Remove safe-mode-duration or set a positive duration.");
    }
    Boolean compact = n.bool("compact");
    Boolean multipleRows = n.bool("multiple-rows");
    ignoredSyncerKeys(n, p);
    return new SyncOptions(
        workers == null ? SyncOptions.DEFAULT_WORKER_COUNT : workers,
        batch == null ? SyncOptions.DEFAULT_BATCH : batch,
        queueSize == null || queueSize == 0 ? SyncOptions.DEFAULT_QUEUE_SIZE : queueSize,
        flush == null || flush == 0 ? null : Duration.ofSeconds(flush),
        Boolean.TRUE.equals(safeMode),
        safeModeDuration,
        Boolean.TRUE.equals(compact),
        Boolean.TRUE.equals(multipleRows));
  }

  /** Keys DM itself no longer acts on. */
  private static void ignoredSyncerKeys(DmNode n, DmProblems p) {
    for (String key :
        List.of(
            "enable-ansi-quotes",
            "disable-detect",
            "max-retry",
            "auto-fix-gtid",
            "enable-gtid",
            "meta-file")) {
      if (n.has(key)) {
        String hint =
            key.equals("enable-gtid")
                ? "Set enable-gtid in the source.yaml instead; remove it here."
                : key.equals("enable-ansi-quotes")
                    ? "Ignored: DM and Ferry detect ANSI_QUOTES from the source's sql_mode."
                    : "Ignored, as by DM. Remove the key.";
        p.deprecated(
            n.pathOf(key), "Syncer key '" + key + "' is deprecated and has no effect", hint);
      }
      n.skip(key);
    }
  }
}
