package dev.ferry.config.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ferry.config.DumpOptions;
import dev.ferry.config.LoadOptions;
import dev.ferry.config.OnlineDdl;
import dev.ferry.config.Secret;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.StartPosition;
import dev.ferry.config.SyncOptions;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.TaskConfig.CollationCompatible;
import dev.ferry.config.TlsConfig;
import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TaskMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the {@code task} object of a project file into a {@link TaskConfig}. Keys that are left out
 * take DM's defaults; {@code name}, {@code task-mode}, {@code target}, {@code sources} and each
 * connection's {@code host}, {@code port} and {@code user} must be present (null marks an
 * unfinished value, which {@code ConfigValidator} reports).
 */
final class TaskJsonReader {

  private TaskJsonReader() {}

  static TaskConfig read(JsonObjectReader r) {
    String name = r.requiredString("name");
    TaskMode taskMode =
        r.requiredEnum(
            "task-mode", TaskMode::fromDmName, names(TaskMode.values(), TaskMode::dmName));
    ShardMode shardMode =
        r.enumValue(
            "shard-mode",
            ShardMode.NONE,
            ShardMode::fromDmName,
            names(ShardMode.values(), ShardMode::dmName));
    boolean caseSensitive = r.bool("case-sensitive", false);
    OnlineDdl onlineDdl = readOnlineDdl(r.object("online-ddl"));
    String timezone = r.string("timezone", "");
    CollationCompatible collation =
        r.enumValue(
            "collation_compatible",
            CollationCompatible.LOOSE,
            CollationCompatible::fromDmName,
            names(CollationCompatible.values(), CollationCompatible::dmName));
    List<String> ignoreCheckingItems = r.strings("ignore-checking-items");
    boolean cleanDumpFile = r.bool("clean-dump-file", true);
    String metaSchema = r.string("meta-schema", TaskConfig.DEFAULT_META_SCHEMA);
    JsonNode targetNode = r.required("target");
    TargetConfig target =
        targetNode == null || targetNode.isNull()
            ? null
            : readTarget(JsonObjectReader.of(targetNode, r.pathOf("target"), r.problems()));
    JsonNode sourcesNode = r.required("sources");
    List<SourceConfig> sources = new ArrayList<>();
    List<JsonNode> items = sourcesNode == null ? List.of() : r.array("sources");
    for (int i = 0; i < items.size(); i++) {
      sources.add(
          readSource(
              JsonObjectReader.of(
                  items.get(i), r.pathOf("sources") + "[" + i + "]", r.problems())));
    }
    JsonObjectReader rules = r.object("rules");
    r.finish();
    return new TaskConfig(
        name,
        taskMode,
        shardMode,
        caseSensitive,
        onlineDdl,
        timezone,
        collation,
        ignoreCheckingItems,
        cleanDumpFile,
        metaSchema,
        target,
        sources,
        rules == null ? null : RulesJsonReader.readRuleSets(rules));
  }

  private static OnlineDdl readOnlineDdl(JsonObjectReader r) {
    if (r == null) {
      return null;
    }
    OnlineDdl ddl =
        new OnlineDdl(
            r.bool("enabled", true),
            r.strings("shadow-table-rules"),
            r.strings("trash-table-rules"));
    r.finish();
    return ddl;
  }

  private static TargetConfig readTarget(JsonObjectReader r) {
    String host = r.requiredString("host");
    int port = r.requiredInteger("port");
    String user = r.requiredString("user");
    Secret password = readSecret(r, "password");
    TlsConfig tls = readTls(r.object("tls"));
    Map<String, String> session = new LinkedHashMap<>();
    r.entries("session")
        .forEach(
            (name, value) -> {
              if (value.isTextual()) {
                session.put(name, value.textValue());
              } else if (value.isNumber() || value.isBoolean()) {
                session.put(name, value.asText());
              } else {
                r.problems()
                    .add(
                        new ProjectFileProblem(
                            JsonObjectReader.child(r.pathOf("session"), name),
                            "a string, number or boolean",
                            JsonObjectReader.describe(value)));
              }
            });
    r.finish();
    return new TargetConfig(host, port, user, password, tls, session);
  }

  private static SourceConfig readSource(JsonObjectReader r) {
    String sourceId = r.requiredString("source-id");
    String host = r.requiredString("host");
    int port = r.requiredInteger("port");
    String user = r.requiredString("user");
    Secret password = readSecret(r, "password");
    TlsConfig tls = readTls(r.object("tls"));
    Integer serverId = r.nullableInteger("server-id");
    boolean enableGtid = r.bool("enable-gtid", false);
    StartPosition meta = readMeta(r.object("meta"));
    JsonObjectReader rules = r.object("rules");
    DumpOptions dump = readDump(r.object("dump"));
    LoadOptions load = readLoad(r.object("load"));
    SyncOptions sync = readSync(r.object("sync"));
    r.finish();
    return new SourceConfig(
        sourceId,
        host,
        port,
        user,
        password,
        tls,
        serverId,
        enableGtid,
        meta,
        rules == null ? null : RulesJsonReader.readRuleRefs(rules),
        dump,
        load,
        sync);
  }

  /** A password reference; a plain password is a problem whose message never shows it. */
  private static Secret readSecret(JsonObjectReader r, String key) {
    JsonNode value = r.get(key);
    if (value == null || value.isNull()) {
      return Secret.ask();
    }
    Optional<Secret> secret =
        value.isTextual() ? SecretText.decode(value.textValue()) : Optional.empty();
    if (secret.isEmpty()) {
      r.problem(
          key,
          SecretText.EXPECTED + " (project files never hold passwords)",
          value.isTextual()
              ? "a plain-text password (not shown)"
              : JsonObjectReader.describe(value));
      return Secret.ask();
    }
    return secret.get();
  }

  private static TlsConfig readTls(JsonObjectReader r) {
    if (r == null) {
      return null;
    }
    TlsConfig tls =
        new TlsConfig(
            r.string("ssl-ca", null),
            r.string("ssl-cert", null),
            r.string("ssl-key", null),
            r.enumValue(
                "verify-mode",
                TlsConfig.VerifyMode.PREFERRED,
                TaskJsonReader::verifyMode,
                names(TlsConfig.VerifyMode.values(), TaskJsonReader::verifyModeName)));
    r.finish();
    return tls;
  }

  /** {@code verify-ca} ↔ {@code VERIFY_CA}. */
  static String verifyModeName(TlsConfig.VerifyMode mode) {
    return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static Optional<TlsConfig.VerifyMode> verifyMode(String name) {
    return Arrays.stream(TlsConfig.VerifyMode.values())
        .filter(m -> verifyModeName(m).equalsIgnoreCase(name.replace('_', '-')))
        .findFirst();
  }

  private static StartPosition readMeta(JsonObjectReader r) {
    if (r == null) {
      return null;
    }
    StartPosition meta =
        new StartPosition(
            r.string("binlog-name", null),
            r.nullableLong("binlog-pos"),
            r.string("binlog-gtid", null));
    r.finish();
    return meta;
  }

  private static DumpOptions readDump(JsonObjectReader r) {
    if (r == null) {
      return null;
    }
    DumpOptions dump =
        new DumpOptions(
            r.integer("threads", DumpOptions.DEFAULT_THREADS),
            r.longValue("rows", DumpOptions.DEFAULT_CHUNK_ROWS),
            r.string("chunk-filesize", DumpOptions.DEFAULT_CHUNK_FILESIZE),
            r.enumValue(
                "consistency",
                DumpOptions.Consistency.AUTO,
                DumpOptions.Consistency::fromDmName,
                names(DumpOptions.Consistency.values(), DumpOptions.Consistency::dmName)),
            r.string("where", ""));
    r.finish();
    return dump;
  }

  private static LoadOptions readLoad(JsonObjectReader r) {
    if (r == null) {
      return null;
    }
    LoadOptions load =
        new LoadOptions(
            r.integer("pool-size", LoadOptions.DEFAULT_THREADS),
            r.enumValue(
                "on-duplicate-logical",
                LoadOptions.OnDuplicate.REPLACE,
                LoadOptions.OnDuplicate::fromDmName,
                names(LoadOptions.OnDuplicate.values(), LoadOptions.OnDuplicate::dmName)),
            r.bool("defer-secondary-indexes", true),
            // left out by files written before the option existed: the default keeps them valid
            r.enumValue(
                "on-existing-table",
                LoadOptions.OnExistingTable.FAIL,
                LoadOptions.OnExistingTable::fromDmName,
                names(LoadOptions.OnExistingTable.values(), LoadOptions.OnExistingTable::dmName)));
    r.finish();
    return load;
  }

  private static SyncOptions readSync(JsonObjectReader r) {
    if (r == null) {
      return null;
    }
    SyncOptions sync =
        new SyncOptions(
            r.integer("worker-count", SyncOptions.DEFAULT_WORKER_COUNT),
            r.integer("batch", SyncOptions.DEFAULT_BATCH),
            r.integer("queue-size", SyncOptions.DEFAULT_QUEUE_SIZE),
            r.duration("checkpoint-flush-interval"),
            r.bool("safe-mode", false),
            r.duration("safe-mode-duration"),
            r.bool("compact", false),
            r.bool("multiple-rows", false));
    r.finish();
    return sync;
  }

  static <E> List<String> names(E[] values, Function<E, String> name) {
    return Arrays.stream(values).map(name).toList();
  }
}
