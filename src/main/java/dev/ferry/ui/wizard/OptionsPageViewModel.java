package dev.ferry.ui.wizard;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.DumpOptions;
import dev.ferry.config.LoadOptions;
import dev.ferry.config.OnlineDdl;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.SyncOptions;
import dev.ferry.ui.common.FieldErrors;
import dev.ferry.ui.common.Formats;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Step 7: online DDL, snapshot consistency, existing target tables, threads, batch size and safe
 * mode (all sources).
 */
public final class OptionsPageViewModel extends PageViewModel {

  public static final String DUMP_THREADS = "dumpThreads",
      CHUNK_ROWS = "chunkRows",
      LOAD_THREADS = "loadThreads",
      WORKERS = "workers",
      BATCH = "batch",
      ONLINE_DDL = "onlineDdl";

  private final ObjectProperty<OnlineDdlChoice> onlineDdl =
      new SimpleObjectProperty<>(OnlineDdlChoice.BOTH);
  private final StringProperty shadowRules = new SimpleStringProperty("");
  private final StringProperty trashRules = new SimpleStringProperty("");
  private final ObjectProperty<DumpOptions.Consistency> consistency =
      new SimpleObjectProperty<>(DumpOptions.Consistency.AUTO);
  private final StringProperty dumpThreads =
      new SimpleStringProperty("" + DumpOptions.DEFAULT_THREADS);
  private final StringProperty chunkRows =
      new SimpleStringProperty("" + DumpOptions.DEFAULT_CHUNK_ROWS);
  private final StringProperty loadThreads =
      new SimpleStringProperty("" + LoadOptions.DEFAULT_THREADS);
  private final StringProperty workers =
      new SimpleStringProperty("" + SyncOptions.DEFAULT_WORKER_COUNT);
  private final StringProperty batch = new SimpleStringProperty("" + SyncOptions.DEFAULT_BATCH);
  private final BooleanProperty safeMode = new SimpleBooleanProperty(false);
  private final ObjectProperty<LoadOptions.OnExistingTable> existingTables =
      new SimpleObjectProperty<>(LoadOptions.OnExistingTable.FAIL);
  private final FieldErrors errors = new FieldErrors();
  private DumpOptions baseDump = DumpOptions.defaults();
  private LoadOptions baseLoad = LoadOptions.defaults();
  private SyncOptions baseSync = SyncOptions.defaults();

  public OptionsPageViewModel() {
    watch(
        onlineDdl,
        shadowRules,
        trashRules,
        consistency,
        dumpThreads,
        chunkRows,
        loadThreads,
        workers,
        batch,
        safeMode,
        existingTables);
  }

  /** One line on what a consistency mode does. */
  public static String explain(DumpOptions.Consistency c) {
    return switch (c) {
      case AUTO ->
          "Ferry picks: a consistent snapshot without global locks where the server allows it.";
      case FLUSH -> "FLUSH TABLES WITH READ LOCK for a moment (needs RELOAD; not on RDS/Aurora).";
      case LOCK -> "LOCK TABLES ... READ on the migrated tables while the snapshot starts.";
      case NONE -> "No consistency: only for sources nobody writes to.";
    };
  }

  /** The choice's name in the wizard. */
  public static String label(LoadOptions.OnExistingTable e) {
    return switch (e) {
      case FAIL -> "Stop (fail)";
      case APPEND -> "Keep and append";
      case RECREATE -> "Drop and recreate";
    };
  }

  /** One line on what the copy does with a target table that exists before it. */
  public static String explain(LoadOptions.OnExistingTable e) {
    return switch (e) {
      case FAIL ->
          "The copy stops before writing anything and names the tables; the target stays untouched.";
      case APPEND ->
          "Keeps the table and its rows; copied rows are added (same key: on-duplicate decides).";
      case RECREATE ->
          "Drops the table, with its rows, and creates it from the source's definition.";
    };
  }

  @Override
  public String title() {
    return "Options";
  }

  @Override
  public String help() {
    return "Defaults suit most migrations. Safe mode makes the sync idempotent (REPLACE instead of"
        + " INSERT) at some speed cost; Ferry turns it on by itself after an unclean restart.";
  }

  void load(OnlineDdl ddl, List<SourceConfig> sources) {
    onlineDdl.set(OnlineDdlChoice.of(ddl));
    shadowRules.set(String.join("\n", ddl.shadowTableRules()));
    trashRules.set(String.join("\n", ddl.trashTableRules()));
    if (!sources.isEmpty()) {
      SourceConfig s = sources.get(0);
      baseDump = s.dump();
      baseLoad = s.load();
      baseSync = s.sync();
      consistency.set(baseDump.consistency());
      dumpThreads.set("" + baseDump.threads());
      chunkRows.set("" + baseDump.chunkRows());
      loadThreads.set("" + baseLoad.threads());
      workers.set("" + baseSync.workerCount());
      batch.set("" + baseSync.batch());
      safeMode.set(baseSync.safeMode());
      existingTables.set(baseLoad.onExistingTable());
    }
  }

  /** The inline note next to the online-DDL choice while handling is on. */
  public static final String ONLINE_DDL_NOTE =
      "Replaying gh-ost/pt-osc runs as their ALTER is not supported yet — see the precheck.";

  /**
   * {@link #ONLINE_DDL_NOTE} unless online DDL is off (then Ferry, like DM, replicates the tools'
   * tables as ordinary tables and there is nothing missing to point out).
   */
  public javafx.beans.binding.StringBinding onlineDdlNote() {
    return javafx.beans.binding.Bindings.createStringBinding(
        () -> onlineDdl.get() == OnlineDdlChoice.OFF ? "" : ONLINE_DDL_NOTE, onlineDdl);
  }

  public OnlineDdl onlineDdlConfig() {
    OnlineDdlChoice c = onlineDdl.get();
    if (c == OnlineDdlChoice.OFF) {
      return new OnlineDdl(false, OnlineDdl.DEFAULT_SHADOW_RULES, OnlineDdl.DEFAULT_TRASH_RULES);
    }
    if (c == OnlineDdlChoice.CUSTOM) {
      return new OnlineDdl(true, lines(shadowRules.get()), lines(trashRules.get()));
    }
    return new OnlineDdl(true, c.shadowRules(), c.trashRules());
  }

  DumpOptions dumpOptions() {
    return new DumpOptions(
        number(dumpThreads),
        number(chunkRows),
        baseDump.chunkFilesize(),
        consistency.get(),
        baseDump.where());
  }

  LoadOptions loadOptions() {
    return new LoadOptions(
        number(loadThreads),
        baseLoad.onDuplicate(),
        baseLoad.deferSecondaryIndexes(),
        existingTables.get());
  }

  SyncOptions syncOptions() {
    return new SyncOptions(
        number(workers),
        number(batch),
        baseSync.queueSize(),
        baseSync.checkpointFlushInterval(),
        safeMode.get(),
        baseSync.safeModeDuration(),
        baseSync.compact(),
        baseSync.multipleRows());
  }

  @Override
  public void showProblems(List<ConfigProblem> problems) {
    Map<String, String> m = new LinkedHashMap<>();
    range(m, DUMP_THREADS, dumpThreads, 1, 64);
    range(m, CHUNK_ROWS, chunkRows, 1000, 100_000_000);
    range(m, LOAD_THREADS, loadThreads, 1, 64);
    range(m, WORKERS, workers, 1, 256);
    range(m, BATCH, batch, 1, 10_000);
    if (onlineDdl.get() == OnlineDdlChoice.CUSTOM && lines(shadowRules.get()).isEmpty()) {
      m.put(ONLINE_DDL, "Enter at least one shadow table rule (a regex, e.g. ^_(.+)_new$).");
    }
    for (ConfigProblem p : problems) {
      if (!p.isError()) {
        continue;
      }
      String path = p.path();
      if (path.startsWith("online-ddl")) {
        m.putIfAbsent(ONLINE_DDL, p.message());
      } else if (path.contains(".dump.threads")) {
        m.putIfAbsent(DUMP_THREADS, p.message());
      } else if (path.contains(".dump.rows")) {
        m.putIfAbsent(CHUNK_ROWS, p.message());
      } else if (path.contains(".load.")) {
        m.putIfAbsent(LOAD_THREADS, p.message());
      } else if (path.contains(".sync.worker-count")) {
        m.putIfAbsent(WORKERS, p.message());
      } else if (path.contains(".sync.batch")) {
        m.putIfAbsent(BATCH, p.message());
      }
    }
    errors.setAll(m);
    setValid(m.isEmpty());
  }

  private static void range(
      Map<String, String> m, String field, StringProperty p, long min, long max) {
    long v = number(p);
    if (v < min || v > max) {
      m.put(
          field,
          "Enter a whole number from " + Formats.count(min) + " to " + Formats.count(max) + ".");
    }
  }

  private static int number(StringProperty p) {
    try {
      return Integer.parseInt(p.get().trim().replace(",", ""));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static List<String> lines(String text) {
    return Arrays.stream(text.split("\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  public FieldErrors errors() {
    return errors;
  }

  public ObjectProperty<OnlineDdlChoice> onlineDdlProperty() {
    return onlineDdl;
  }

  public StringProperty shadowRulesProperty() {
    return shadowRules;
  }

  public StringProperty trashRulesProperty() {
    return trashRules;
  }

  public ObjectProperty<DumpOptions.Consistency> consistencyProperty() {
    return consistency;
  }

  public StringProperty dumpThreadsProperty() {
    return dumpThreads;
  }

  public StringProperty chunkRowsProperty() {
    return chunkRows;
  }

  public StringProperty loadThreadsProperty() {
    return loadThreads;
  }

  public StringProperty workersProperty() {
    return workers;
  }

  public StringProperty batchProperty() {
    return batch;
  }

  public BooleanProperty safeModeProperty() {
    return safeMode;
  }

  /** {@code on-existing-table} for every source. */
  public ObjectProperty<LoadOptions.OnExistingTable> existingTablesProperty() {
    return existingTables;
  }
}
