package dev.ferry.config;

import dev.ferry.config.rules.RuleSets;
import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TaskMode;
import java.util.List;

/**
 * A migration task: DM's {@code task.yaml} options, typed. Immutable; a running task works on a
 * frozen copy. Validation is {@code ConfigValidator}'s job: these records never correct values.
 *
 * @param name task name (DM {@code name})
 * @param taskMode {@code full}, {@code incremental} or {@code all}
 * @param shardMode DDL coordination when routes merge tables
 * @param caseSensitive whether names and patterns match case-sensitively (DM default false)
 * @param timezone session time zone for source/target/expressions; empty = the target's
 * @param collationCompatible {@code loose} (DDL unchanged) or {@code strict}
 * @param ignoreCheckingItems precheck items to skip
 * @param cleanDumpFile DM option kept for round trips; Ferry streams without dump files
 * @param metaSchema DM's checkpoint schema on the target, kept for DM export (Ferry keeps its own
 *     state in its local store)
 */
public record TaskConfig(
    String name,
    TaskMode taskMode,
    ShardMode shardMode,
    boolean caseSensitive,
    OnlineDdl onlineDdl,
    String timezone,
    CollationCompatible collationCompatible,
    List<String> ignoreCheckingItems,
    boolean cleanDumpFile,
    String metaSchema,
    TargetConfig target,
    List<SourceConfig> sources,
    RuleSets rules) {

  public static final String DEFAULT_META_SCHEMA = "dm_meta";

  /** DM's {@code collation_compatible}. */
  public enum CollationCompatible {
    LOOSE("loose"),
    STRICT("strict");

    private final String dmName;

    CollationCompatible(String dmName) {
      this.dmName = dmName;
    }

    public String dmName() {
      return dmName;
    }

    public static java.util.Optional<CollationCompatible> fromDmName(String name) {
      return java.util.Arrays.stream(values()).filter(c -> c.dmName.equals(name)).findFirst();
    }
  }

  public TaskConfig {
    shardMode = shardMode == null ? ShardMode.NONE : shardMode;
    onlineDdl = onlineDdl == null ? OnlineDdl.defaults() : onlineDdl;
    timezone = timezone == null ? "" : timezone;
    collationCompatible = collationCompatible == null ? CollationCompatible.LOOSE : collationCompatible;
    ignoreCheckingItems = ignoreCheckingItems == null ? List.of() : List.copyOf(ignoreCheckingItems);
    metaSchema = metaSchema == null || metaSchema.isBlank() ? DEFAULT_META_SCHEMA : metaSchema;
    sources = sources == null ? List.of() : List.copyOf(sources);
    rules = rules == null ? RuleSets.empty() : rules;
  }
}
