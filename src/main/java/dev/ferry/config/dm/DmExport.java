package dev.ferry.config.dm;

import static dev.ferry.config.dm.DmRulesWriter.put;

import dev.ferry.config.FerryVersion;
import dev.ferry.config.OnlineDdl;
import dev.ferry.config.Secret;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.StartPosition;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.TlsConfig;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.domain.ShardMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Exports a {@link TaskConfig} as a DM {@code task.yaml} plus one {@code source-<id>.yaml} per
 * source, ready for {@code dmctl operate-source create} and {@code dmctl start-task}.
 *
 * <p>Passwords are never written in plain text: an {@link Secret.Kind#ENV} secret is written as
 * {@code ${env:NAME}}, every other kind (including {@code PLAIN}) as an empty value; a comment at
 * the top of the file says what to fill in. The header also lists the Ferry options that have no DM
 * equivalent and so are not in the files (e.g. deferred secondary indexes).
 */
public final class DmExport {

  /** The task file's name in the export directory. */
  public static final String TASK_FILE = "task.yaml";

  private final TaskConfig task;
  private final List<String> notes = new ArrayList<>();
  private final List<List<String>> unitNames = new ArrayList<>();

  private DmExport(TaskConfig task) {
    this.task = task;
  }

  /** Writes the files into {@code directory} (created if needed) and returns their paths. */
  public static List<Path> write(TaskConfig task, Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> file : render(task).entrySet()) {
      Path path = directory.resolve(file.getKey());
      Files.writeString(path, file.getValue());
      written.add(path);
    }
    return written;
  }

  /**
   * The files' contents by file name: {@value #TASK_FILE} first, then one source file per source.
   *
   * @throws IllegalArgumentException when the task has no task-mode (DM requires one)
   */
  public static Map<String, String> render(TaskConfig task) {
    if (task.taskMode() == null) {
      throw new IllegalArgumentException("task-mode is not set; DM requires one");
    }
    Map<String, String> files = new LinkedHashMap<>();
    files.put(TASK_FILE, new DmExport(task).taskFile());
    for (SourceConfig source : task.sources()) {
      files.put(sourceFileName(source.sourceId()), sourceFile(source));
    }
    return files;
  }

  /** {@code source-<id>.yaml}, with characters unsafe in file names replaced by {@code _}. */
  public static String sourceFileName(String sourceId) {
    return "source-" + String.valueOf(sourceId).replaceAll("[^A-Za-z0-9._-]", "_") + ".yaml";
  }

  private String taskFile() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", task.name());
    out.put("task-mode", task.taskMode().dmName());
    if (task.shardMode() != ShardMode.NONE) {
      out.put("shard-mode", task.shardMode().dmName());
    }
    out.put("meta-schema", task.metaSchema());
    put(out, "timezone", task.timezone());
    out.put("case-sensitive", task.caseSensitive());
    out.put("collation_compatible", task.collationCompatible().dmName());
    OnlineDdl onlineDdl = task.onlineDdl();
    out.put("online-ddl", onlineDdl.enabled());
    if (!onlineDdl.shadowTableRules().equals(OnlineDdl.DEFAULT_SHADOW_RULES)) {
      out.put("shadow-table-rules", onlineDdl.shadowTableRules());
    }
    if (!onlineDdl.trashTableRules().equals(OnlineDdl.DEFAULT_TRASH_RULES)) {
      out.put("trash-table-rules", onlineDdl.trashTableRules());
    }
    if (!task.ignoreCheckingItems().isEmpty()) {
      out.put("ignore-checking-items", task.ignoreCheckingItems());
    }
    out.put("clean-dump-file", task.cleanDumpFile());
    out.put("target-database", target(task.target(), notes));
    rules(out);
    units(out);
    List<Object> instances = new ArrayList<>();
    for (int i = 0; i < task.sources().size(); i++) {
      instances.add(instance(task.sources().get(i), unitNames.get(i)));
    }
    out.put("mysql-instances", instances);
    ferryOnly();
    return header(
            "Start it with: dmctl start-task " + TASK_FILE,
            passwordNote(task.target().password(), "target-database.password"),
            notes)
        + DmYaml.write(out);
  }

  private static Map<String, Object> target(TargetConfig target, List<String> notes) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("host", target.host());
    out.put("port", target.port());
    out.put("user", target.user());
    out.put("password", DmPasswords.write(target.password()));
    if (!target.session().isEmpty()) {
      out.put("session", target.session());
    }
    security(out, target.tls(), "target-database", notes);
    return out;
  }

  private static void security(
      Map<String, Object> out, TlsConfig tls, String what, List<String> notes) {
    Map<String, Object> security = DmSecurity.write(tls);
    if (security != null) {
      out.put("security", security);
    }
    if (DmSecurity.losesVerifyMode(tls)) {
      notes.add(
          what
              + ": TLS verify mode "
              + tls.verifyMode()
              + " has no DM equivalent (DM uses"
              + " TLS only with a security block and then checks the server against ssl-ca).");
    }
  }

  private void rules(Map<String, Object> out) {
    RuleSets rules = task.rules();
    Set<String> bal = new LinkedHashSet<>();
    Set<String> routes = new LinkedHashSet<>();
    Set<String> filters = new LinkedHashSet<>();
    Set<String> exprs = new LinkedHashSet<>();
    for (SourceConfig s : task.sources()) {
      RuleRefs refs = s.rules();
      if (refs.blockAllowList() != null) {
        bal.add(refs.blockAllowList());
      }
      routes.addAll(refs.routeRules());
      filters.addAll(refs.filterRules());
      exprs.addAll(refs.expressionFilters());
    }
    section(out, "routes", rules.routes(), routes, DmRulesWriter::route);
    section(out, "filters", rules.filters(), filters, DmRulesWriter::filter);
    section(out, "expression-filter", rules.expressionFilters(), exprs, DmRulesWriter::expression);
    section(out, "block-allow-list", rules.blockAllowList(), bal, DmRulesWriter::blockAllow);
  }

  /** Writes the rules sources use; DM rejects unused ones, so those are left out with a note. */
  private <T> void section(
      Map<String, Object> out,
      String key,
      Map<String, T> rules,
      Set<String> used,
      Function<T, Map<String, Object>> writer) {
    Map<String, Object> section = new LinkedHashMap<>();
    rules.forEach(
        (name, rule) -> {
          if (used.contains(name)) {
            section.put(name, writer.apply(rule));
          } else {
            notes.add(
                key
                    + "."
                    + name
                    + " is left out: no source uses it and DM rejects unused"
                    + " rules.");
          }
        });
    if (!section.isEmpty()) {
      out.put(key, section);
    }
  }

  private void units(Map<String, Object> out) {
    List<SourceConfig> sources = task.sources();
    Map<String, Object> mydumpers = new LinkedHashMap<>();
    Map<String, Object> loaders = new LinkedHashMap<>();
    Map<String, Object> syncers = new LinkedHashMap<>();
    List<String> dumpNames =
        DmUnitWriter.dedupe(
            sources.stream().map(s -> DmUnitWriter.dump(s.dump())).toList(), "dump", mydumpers);
    List<String> loadNames =
        DmUnitWriter.dedupe(
            sources.stream().map(s -> DmUnitWriter.load(s.load())).toList(), "load", loaders);
    List<String> syncNames =
        DmUnitWriter.dedupe(
            sources.stream().map(s -> DmUnitWriter.sync(s.sync(), notes)).toList(),
            "sync",
            syncers);
    if (!sources.isEmpty()) {
      out.put("mydumpers", mydumpers);
      out.put("loaders", loaders);
      out.put("syncers", syncers);
    }
    for (int i = 0; i < sources.size(); i++) {
      unitNames.add(List.of(dumpNames.get(i), loadNames.get(i), syncNames.get(i)));
    }
  }

  private static Map<String, Object> instance(SourceConfig source, List<String> names) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source-id", source.sourceId());
    StartPosition meta = source.meta();
    if (meta != null && !meta.isEmpty()) {
      Map<String, Object> m = new LinkedHashMap<>();
      put(m, "binlog-name", meta.binlogName());
      if (meta.binlogPos() != null) {
        m.put("binlog-pos", meta.binlogPos());
      }
      put(m, "binlog-gtid", meta.binlogGtid());
      out.put("meta", m);
    }
    RuleRefs refs = source.rules();
    put(out, "block-allow-list", refs.blockAllowList());
    if (!refs.routeRules().isEmpty()) {
      out.put("route-rules", refs.routeRules());
    }
    if (!refs.filterRules().isEmpty()) {
      out.put("filter-rules", refs.filterRules());
    }
    if (!refs.expressionFilters().isEmpty()) {
      out.put("expression-filters", refs.expressionFilters());
    }
    out.put("mydumper-config-name", names.get(0));
    out.put("loader-config-name", names.get(1));
    out.put("syncer-config-name", names.get(2));
    return out;
  }

  /** Ferry options that DM cannot express, listed in the header so nothing is lost unnoticed. */
  private void ferryOnly() {
    for (SourceConfig s : task.sources()) {
      notes.add(
          "Source "
              + s.sourceId()
              + ": defer-secondary-indexes = "
              + (s.load().deferSecondaryIndexes() ? "on" : "off")
              + " (Ferry adds secondary indexes after a table's rows; DM has no such option).");
      // DM has no on-existing-table key, so it is not exported; the note keeps it visible. A DM
      // task writes into existing target tables (logical import), which is Ferry's "append".
      notes.add(
          "Source "
              + s.sourceId()
              + ": on-existing-table = "
              + s.load().onExistingTable().dmName()
              + " (DM has no such option: it writes into target tables that already exist).");
      security(new LinkedHashMap<>(), s.tls(), "Source " + s.sourceId(), notes);
    }
  }

  private static String sourceFile(SourceConfig source) {
    List<String> notes = new ArrayList<>();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("source-id", source.sourceId());
    out.put("enable-gtid", source.enableGtid());
    if (source.serverId() != null) {
      out.put("server-id", source.serverId());
    }
    Map<String, Object> from = new LinkedHashMap<>();
    from.put("host", source.host());
    from.put("port", source.port());
    from.put("user", source.user());
    from.put("password", DmPasswords.write(source.password()));
    security(from, source.tls(), "from.security", notes);
    out.put("from", from);
    if (source.serverId() == null) {
      notes.add("No server-id: DM picks a free one when the source is created.");
    }
    return header(
            "Create the source with: dmctl operate-source create "
                + sourceFileName(source.sourceId()),
            passwordNote(source.password(), "from.password"),
            notes)
        + DmYaml.write(out);
  }

  private static String passwordNote(Secret secret, String key) {
    if (secret.kind() == Secret.Kind.ENV) {
      return key
          + " is ${env:"
          + secret.value()
          + "}. DM does not expand environment"
          + " references: replace it with the password, preferably encrypted with"
          + " `dmctl encrypt '<password>'`, before using this file.";
    }
    return key
        + " is empty: Ferry never writes passwords. Fill it in, preferably with the output"
        + " of `dmctl encrypt '<password>'`, before using this file.";
  }

  private static String header(String usage, String passwordNote, List<String> notes) {
    StringBuilder out = new StringBuilder();
    line(out, "Exported by Ferry " + FerryVersion.version() + " for TiDB Data Migration (DM).");
    line(out, usage);
    line(out, "PASSWORD: " + passwordNote);
    if (!notes.isEmpty()) {
      line(out, "Notes (Ferry settings DM cannot express, and what DM does instead):");
      notes.forEach(n -> line(out, "  - " + n));
    }
    return out.append('\n').toString();
  }

  private static void line(StringBuilder out, String text) {
    out.append("# ").append(text.replaceAll("[\r\n]+", " ")).append('\n');
  }
}
