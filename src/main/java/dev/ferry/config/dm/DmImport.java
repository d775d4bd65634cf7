package dev.ferry.config.dm;

import dev.ferry.config.OnlineDdl;
import dev.ferry.config.Secret;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.TaskConfig.CollationCompatible;
import dev.ferry.config.TlsConfig;
import dev.ferry.config.dm.DmSourceReader.DmSource;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TaskMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports a DM task: a {@code task.yaml} plus the {@code source.yaml} of each source it uses
 * (matched by {@code source-id}), into a {@link TaskConfig}.
 *
 * <p>Nothing is dropped silently: unknown keys are errors (DM rejects them too); keys DM accepts
 * but Ferry does not act on (relay log, validators, physical import, ...) are warnings that say
 * what Ferry does instead; deprecated keys are mapped as DM maps them, with a warning. Passwords:
 * plain text becomes {@link Secret#plain} (memory only), {@code ${env:NAME}} becomes {@link
 * Secret#env}, and {@code dmctl encrypt} output, which only the DM cluster can decrypt, becomes
 * {@link Secret#ask} with a warning.
 */
public final class DmImport {

  private final DmProblems problems = new DmProblems();

  private DmImport() {}

  /** Reads the files; problems name each file by its file name. */
  public static DmImportResult read(Path taskFile, List<Path> sourceFiles) throws IOException {
    Map<String, String> sources = new LinkedHashMap<>();
    for (Path file : sourceFiles) {
      String name = file.getFileName().toString();
      sources.put(sources.containsKey(name) ? file.toString() : name, Files.readString(file));
    }
    return parse(taskFile.getFileName().toString(), Files.readString(taskFile), sources);
  }

  /**
   * Parses file contents.
   *
   * @param taskFileName the task file's name, used in problem paths
   * @param taskYaml the task.yaml content
   * @param sourceYamls source.yaml contents by file name, in any order
   */
  public static DmImportResult parse(
      String taskFileName, String taskYaml, Map<String, String> sourceYamls) {
    return new DmImport().run(taskFileName, taskYaml, sourceYamls);
  }

  private DmImportResult run(String taskFile, String taskYaml, Map<String, String> sourceYamls) {
    Map<String, DmSource> sources = readSources(sourceYamls);
    DmNode task = DmYaml.parse(taskFile, taskYaml, problems);
    if (task == null) {
      return new DmImportResult(null, problems.finish());
    }
    String name = task.string("name");
    if (name == null || name.isBlank()) {
      problems.error(task.pathOf("name"), "The task has no 'name'", "Set a unique task name.");
      name = "";
    }
    TaskMode mode = taskMode(task);
    ShardMode shardMode = shardMode(task);
    Boolean caseSensitive = task.bool("case-sensitive");
    OnlineDdl onlineDdl = onlineDdl(task);
    String timezone = task.string("timezone");
    CollationCompatible collation = collation(task);
    List<String> ignoreChecking = task.strings("ignore-checking-items");
    Boolean cleanDumpFile = task.bool("clean-dump-file");
    String metaSchema = task.string("meta-schema");
    TargetConfig target = target(task);
    ignoredTaskKeys(task);

    DmRulesReader rules = new DmRulesReader(problems);
    rules.read(task);
    DmInstances instances = new DmInstances(task, mode, rules, sources, problems);
    RuleSets ruleSets =
        new RuleSets(rules.blockAllowList, rules.routes, rules.filters, rules.expressionFilters);
    TaskConfig config =
        new TaskConfig(
            name,
            mode,
            shardMode,
            Boolean.TRUE.equals(caseSensitive),
            onlineDdl,
            timezone,
            collation,
            ignoreChecking,
            cleanDumpFile == null || cleanDumpFile,
            metaSchema,
            target,
            instances.sources(),
            ruleSets);
    return new DmImportResult(config, problems.finish());
  }

  private Map<String, DmSource> readSources(Map<String, String> sourceYamls) {
    Map<String, DmSource> byId = new LinkedHashMap<>();
    sourceYamls.forEach(
        (file, content) -> {
          DmNode root = DmYaml.parse(file, content, problems);
          if (root == null) {
            return;
          }
          DmSource source = DmSourceReader.read(root, problems);
          if (source.sourceId() == null) {
            return;
          }
          DmSource earlier = byId.putIfAbsent(source.sourceId(), source);
          if (earlier != null) {
            problems.error(
                root.pathOf("source-id"),
                "source-id '" + source.sourceId() + "' is also defined in " + earlier.file(),
                "Give each source.yaml its own source-id, or pass only one of the files.");
          }
        });
    return byId;
  }

  private TaskMode taskMode(DmNode task) {
    String value = task.string("task-mode");
    if (value == null || value.isBlank()) {
      problems.error(
          task.pathOf("task-mode"), "The task has no 'task-mode'", "Set full, incremental or all.");
      return null;
    }
    TaskMode mode = TaskMode.fromDmName(value).orElse(null);
    if (mode == null) {
      boolean dmOnly = List.of("dump", "load", "load&sync").contains(value);
      problems.error(
          task.pathOf("task-mode"),
          dmOnly
              ? "task-mode '" + value + "' is not supported by Ferry"
              : "Unknown task-mode '" + value + "'",
          "Use full (copy), incremental (binlog only) or all (copy, then binlog).");
    }
    return mode;
  }

  private ShardMode shardMode(DmNode task) {
    String value = task.string("shard-mode");
    ShardMode mode = ShardMode.fromDmName(value == null ? "" : value).orElse(null);
    if (mode == null) {
      problems.error(
          task.pathOf("shard-mode"),
          "Unknown shard-mode '" + value + "'",
          "Use \"\", pessimistic or optimistic.");
      mode = ShardMode.NONE;
    }
    Boolean isSharding = task.bool("is-sharding");
    if (isSharding != null) {
      boolean promote = isSharding && mode == ShardMode.NONE;
      problems.deprecated(
          task.pathOf("is-sharding"),
          "'is-sharding' is deprecated",
          promote
              ? "Read as shard-mode: pessimistic, as DM does; use shard-mode instead."
              : "Ignored (shard-mode decides); remove it.");
      mode = promote ? ShardMode.PESSIMISTIC : mode;
    }
    if (mode != ShardMode.NONE) {
      problems.unsupported(
          task.pathOf(isSharding != null && task.string("shard-mode") == null ? "is-sharding" : "shard-mode"),
          "shard-mode " + mode.dmName() + " is kept, but Ferry does not coordinate shard DDL yet",
          "Shards merged by routes are copied and synced; a DDL on one shard is applied to the merged"
              + " table as soon as it is read, without waiting for the other shards (the shard_ddl"
              + " precheck lists the tables). Keep DDL off the shards until cut-over, or run this task"
              + " with DM.");
    }
    if (Boolean.TRUE.equals(task.bool("strict-optimistic-shard-mode"))) {
      problems.unsupported(
          task.pathOf("strict-optimistic-shard-mode"),
          "'strict-optimistic-shard-mode' is not supported by Ferry",
          "Ignored: Ferry does not coordinate shard DDL yet (see the shard_ddl precheck), so"
              + " it never pauses on type-2 DDLs.");
    }
    return mode;
  }

  private OnlineDdl onlineDdl(DmNode task) {
    Boolean enabled = task.bool("online-ddl");
    String scheme = task.string("online-ddl-scheme");
    if (scheme != null && !scheme.isEmpty()) {
      if (scheme.equals("gh-ost") || scheme.equals("pt")) {
        problems.deprecated(
            task.pathOf("online-ddl-scheme"),
            "'online-ddl-scheme' is deprecated",
            "Read as online-ddl: true, as DM does; use online-ddl instead.");
        enabled = true;
      } else {
        problems.error(
            task.pathOf("online-ddl-scheme"),
            "Unknown online-ddl-scheme '" + scheme + "'",
            "Remove it and set online-ddl: true.");
      }
    }
    return new OnlineDdl(
        enabled == null || enabled,
        task.strings("shadow-table-rules"),
        task.strings("trash-table-rules"));
  }

  private CollationCompatible collation(DmNode task) {
    String value = task.string("collation_compatible");
    if (value == null || value.isEmpty()) {
      return CollationCompatible.LOOSE;
    }
    CollationCompatible result = CollationCompatible.fromDmName(value).orElse(null);
    if (result == null) {
      problems.error(
          task.pathOf("collation_compatible"),
          "Unknown collation_compatible '" + value + "'",
          "Use loose or strict.");
    }
    return result;
  }

  private TargetConfig target(DmNode task) {
    DmNode db = task.object("target-database");
    if (db == null) {
      problems.error(
          task.pathOf("target-database"),
          "The task has no 'target-database'",
          "Add target-database: {host, port, user, password}.");
      return new TargetConfig("", 4000, "", Secret.ask(), TlsConfig.preferred(), Map.of());
    }
    String host = db.string("host");
    Integer port = db.integer("port");
    if (host == null || port == null) {
      problems.error(
          db.where(),
          "target-database needs 'host' and 'port'",
          "Set the target's host and port (TiDB listens on 4000 by default).");
    }
    if (db.has("max-allowed-packet")) {
      problems.deprecated(
          db.pathOf("max-allowed-packet"),
          "'max-allowed-packet' is deprecated",
          "Ignored, as by DM since v2.0: the driver reads the server's value.");
    }
    db.skip("max-allowed-packet");
    return new TargetConfig(
        host == null ? "" : host,
        port == null ? 4000 : port,
        db.string("user") == null ? "" : db.string("user"),
        DmPasswords.read(db.string("password"), db.pathOf("password"), problems),
        DmSecurity.read(db, problems),
        db.stringMap("session"));
  }

  /** Task-level keys DM accepts that Ferry does not act on. */
  private void ignoredTaskKeys(DmNode task) {
    for (String key :
        List.of(
            "enable-heartbeat",
            "heartbeat-update-interval",
            "heartbeat-report-interval",
            "remove-meta",
            "ansi-quotes")) {
      if (task.has(key)) {
        problems.deprecated(
            task.pathOf(key),
            "'" + key + "' is deprecated",
            key.equals("remove-meta")
                ? "Ignored, as by DM; to start over, reset the task's state in Ferry."
                : "Ignored, as by DM. Remove the key.");
      }
      task.skip(key);
    }
    Map<String, DmNode> columnMappings = task.objects("column-mappings");
    if (!columnMappings.isEmpty()) {
      problems.error(
          task.pathOf("column-mappings"),
          "'column-mappings' was removed from DM (v6.6) and is not supported by Ferry",
          "Use extract-table, extract-schema or extract-source in routes instead.");
    }
    columnMappings.values().forEach(DmNode::skipAll);
    DmNode experimental = task.object("experimental");
    if (experimental != null && Boolean.TRUE.equals(experimental.bool("async-checkpoint-flush"))) {
      problems.unsupported(
          experimental.pathOf("async-checkpoint-flush"),
          "'experimental.async-checkpoint-flush' is not supported by Ferry",
          "Ferry flushes checkpoints off the apply path on its own timer.");
    }
    if (task.has("mariadb2tidb")) {
      problems.unsupported(
          task.pathOf("mariadb2tidb"),
          "'mariadb2tidb' schema conversion is not supported by Ferry",
          "Ferry replays MariaDB DDL as written; adjust incompatible tables on the target.");
    }
    task.skip("mariadb2tidb");
  }
}
