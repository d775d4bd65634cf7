package dev.ferry.config.dm;

import dev.ferry.config.DumpOptions;
import dev.ferry.config.LoadOptions;
import dev.ferry.config.Secret;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.StartPosition;
import dev.ferry.config.SyncOptions;
import dev.ferry.config.TlsConfig;
import dev.ferry.config.dm.DmSourceReader.DmSource;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.domain.TaskMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Turns {@code mysql-instances} into {@link SourceConfig}s: joins each with its source.yaml, checks
 * its rule references and resolves its unit configs (named, inline, thread overrides) as DM does.
 */
final class DmInstances {

  private final DmProblems problems;
  private final DmRulesReader rules;
  private final Map<String, DumpOptions> mydumpers = new LinkedHashMap<>();
  private final Map<String, LoadOptions> loaders = new LinkedHashMap<>();
  private final Map<String, SyncOptions> syncers = new LinkedHashMap<>();
  private final Set<String> validators = new LinkedHashSet<>();
  private final Set<String> used = new HashSet<>();
  private final List<SourceConfig> sources = new ArrayList<>();

  DmInstances(
      DmNode task, TaskMode mode, DmRulesReader rules, Map<String, DmSource> files, DmProblems p) {
    this.problems = p;
    this.rules = rules;
    task.objects("mydumpers").forEach((k, n) -> mydumpers.put(k, DmUnitConfigs.dump(n, p)));
    task.objects("loaders").forEach((k, n) -> loaders.put(k, DmUnitConfigs.load(n, p)));
    task.objects("syncers").forEach((k, n) -> syncers.put(k, DmUnitConfigs.sync(n, p)));
    task.objects("validators")
        .forEach(
            (k, n) -> {
              validators.add(k);
              String validation = n.string("mode");
              n.skipAll();
              if (validation != null && !validation.equals("none")) {
                p.unsupported(
                    n.where(),
                    "Continuous validation (validators, mode "
                        + validation
                        + ") is not supported by Ferry",
                    "Ferry does not validate rows while syncing; compare source and target after"
                        + " the migration (e.g. with sync-diff-inspector).");
              }
            });
    List<DmNode> instances = task.objectList("mysql-instances");
    if (instances.isEmpty()) {
      p.error(
          task.pathOf("mysql-instances"),
          "The task has no mysql-instances",
          "Add one entry per source, each with its source-id.");
    }
    Set<String> ids = new HashSet<>();
    for (DmNode inst : instances) {
      SourceConfig source = instance(inst, mode, files);
      if (source.sourceId() != null && !ids.add(source.sourceId())) {
        p.error(
            inst.pathOf("source-id"),
            "source-id '" + source.sourceId() + "' appears twice",
            "List each source once in mysql-instances (DM error 20014).");
      }
      sources.add(source);
    }
    files.values().stream()
        .filter(f -> !ids.contains(f.sourceId()))
        .forEach(
            f ->
                p.warning(
                    f.file(),
                    "source-id '" + f.sourceId() + "' is not used by the task; the file is ignored",
                    "Add it to mysql-instances or leave the file out."));
    reportUnused(task);
  }

  List<SourceConfig> sources() {
    return sources;
  }

  private SourceConfig instance(DmNode inst, TaskMode mode, Map<String, DmSource> files) {
    String id = inst.string("source-id");
    if (id == null || id.isBlank()) {
      problems.error(
          inst.pathOf("source-id"),
          "A mysql-instance has no 'source-id'",
          "Set the source-id of the source.yaml it uses.");
    }
    DmSource file = id == null ? null : files.get(id);
    if (id != null && file == null) {
      problems.error(
          inst.pathOf("source-id"),
          "No source.yaml with source-id '" + id + "'",
          "Add the source.yaml of source '" + id + "' to the import.");
    }
    StartPosition meta = meta(inst, mode);
    RuleRefs refs = ruleRefs(inst, id, file);
    DumpOptions dump =
        unit(
            inst,
            "mydumper",
            mydumpers,
            DumpOptions.defaults(),
            (n, p) -> DmUnitConfigs.dump(n, p));
    LoadOptions load =
        unit(inst, "loader", loaders, LoadOptions.defaults(), (n, p) -> DmUnitConfigs.load(n, p));
    SyncOptions sync =
        unit(inst, "syncer", syncers, SyncOptions.defaults(), (n, p) -> DmUnitConfigs.sync(n, p));
    Integer dumpThreads = override(inst, "mydumper-thread", "threads");
    if (dumpThreads != null) {
      dump =
          new DumpOptions(
              dumpThreads,
              dump.chunkRows(),
              dump.chunkFilesize(),
              dump.consistency(),
              dump.where());
    }
    Integer loadThreads = override(inst, "loader-thread", "pool-size");
    if (loadThreads != null) {
      load =
          new LoadOptions(
              loadThreads, load.onDuplicate(), load.deferSecondaryIndexes(), load.onExistingTable());
    }
    Integer syncThreads = override(inst, "syncer-thread", "worker-count");
    if (syncThreads != null) {
      sync =
          new SyncOptions(
              syncThreads,
              sync.batch(),
              sync.queueSize(),
              sync.checkpointFlushInterval(),
              sync.safeMode(),
              sync.safeModeDuration(),
              sync.compact(),
              sync.multipleRows());
    }
    String validator = inst.string("validator-config-name");
    if (validator != null && !validator.isBlank()) {
      reference(
          inst, "validator-config-name", validator, validators.contains(validator), "validators");
    }
    if (file == null) {
      return new SourceConfig(
          id,
          "",
          3306,
          "",
          Secret.ask(),
          TlsConfig.preferred(),
          null,
          false,
          meta,
          refs,
          dump,
          load,
          sync);
    }
    return new SourceConfig(
        id,
        file.host(),
        file.port(),
        file.user(),
        file.password(),
        file.tls(),
        file.serverId(),
        file.enableGtid(),
        meta,
        refs,
        dump,
        load,
        sync);
  }

  private StartPosition meta(DmNode inst, TaskMode mode) {
    DmNode m = inst.object("meta");
    if (m == null) {
      return null;
    }
    StartPosition meta =
        new StartPosition(
            DmSecurity.blankToNull(m.string("binlog-name")),
            m.longValue("binlog-pos"),
            DmSecurity.blankToNull(m.string("binlog-gtid")));
    if (meta.isEmpty()) {
      problems.error(
          m.where(),
          "'meta' needs binlog-name or binlog-gtid",
          "Set binlog-name (+ binlog-pos) or binlog-gtid, or remove meta.");
    } else if (mode != null && mode != TaskMode.INCREMENTAL) {
      problems.warning(
          m.where(),
          "'meta' is not used in task-mode " + mode.dmName(),
          "The copy records its own start position; meta matters only for incremental tasks.");
    }
    return meta;
  }

  private RuleRefs ruleRefs(DmNode inst, String id, DmSource file) {
    String bal = inst.string("block-allow-list");
    String bwl = inst.string("black-white-list");
    if (bwl != null && !bwl.isBlank()) {
      problems.deprecated(
          inst.pathOf("black-white-list"),
          "'black-white-list' is deprecated",
          bal == null || bal.isBlank()
              ? "Read as 'block-allow-list', as DM does; rename the key."
              : "Ignored because 'block-allow-list' is set; remove it.");
      bal = bal == null || bal.isBlank() ? bwl : bal;
    }
    bal = DmSecurity.blankToNull(bal);
    if (bal != null) {
      reference(
          inst, "block-allow-list", bal, rules.blockAllowList.containsKey(bal), "block-allow-list");
    }
    List<String> routes = names(inst, "route-rules", rules.routes.keySet(), "routes");
    List<String> filters = names(inst, "filter-rules", rules.filters.keySet(), "filters");
    List<String> exprs =
        names(inst, "expression-filters", rules.expressionFilters.keySet(), "expression-filter");
    if (!inst.strings("column-mapping-rules").isEmpty()) {
      problems.error(
          inst.pathOf("column-mapping-rules"),
          "'column-mapping-rules' was removed from DM and is not supported by Ferry",
          "Use extract-table, extract-schema or extract-source in routes instead.");
    }
    if (file != null) {
      filters = new ArrayList<>(filters);
      for (int i = 0; i < file.filters().size(); i++) {
        String name = id + "-source-filter-" + (i + 1);
        rules.filters.put(name, file.filters().get(i));
        filters.add(name);
        used.add("filters/" + name);
        problems.warning(
            file.file() + ":filters[" + i + "]",
            "Source-level binlog filter imported as task filter '" + name + "'",
            "Ferry keeps filters in the task; it applies to source '" + id + "' only.");
      }
      if (file.caseSensitive() != null && !file.filters().isEmpty()) {
        problems.warning(
            file.file() + ":case-sensitive",
            "Source-level 'case-sensitive' is not supported by Ferry",
            "Ferry matches every rule with the task's case-sensitive setting.");
      }
    }
    return new RuleRefs(bal, routes, filters, exprs);
  }

  private List<String> names(DmNode inst, String key, Set<String> defined, String section) {
    List<String> names = inst.strings(key);
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      reference(inst, key, name, defined.contains(name), section);
      if (!seen.add(name)) {
        problems.error(
            inst.pathOf(key), "'" + name + "' is listed twice in " + key, "List each rule once.");
      }
    }
    return names;
  }

  private void reference(DmNode inst, String key, String name, boolean exists, String section) {
    used.add(section + "/" + name);
    if (!exists) {
      problems.error(
          inst.pathOf(key),
          key + " '" + name + "' not found in '" + section + "'",
          "Define '" + name + "' under " + section + " or correct the name.");
    }
  }

  private <T> T unit(
      DmNode inst,
      String kind,
      Map<String, T> named,
      T defaults,
      BiFunction<DmNode, DmProblems, T> parse) {
    String nameKey = kind + "-config-name";
    String name = DmSecurity.blankToNull(inst.string(nameKey));
    DmNode inline = inst.object(kind);
    if (name != null && inline != null) {
      problems.error(
          inst.pathOf(kind),
          "Both '" + nameKey + "' and an inline '" + kind + "' block are set",
          "Keep one of them; DM rejects both together.");
      inline.skipAll();
    }
    if (name != null) {
      reference(inst, nameKey, name, named.containsKey(name), kind + "s");
      return named.getOrDefault(name, defaults);
    }
    return inline != null ? parse.apply(inline, problems) : defaults;
  }

  private Integer override(DmNode inst, String key, String target) {
    Integer value = inst.integer(key);
    if (value == null || value == 0) {
      return null;
    }
    problems.deprecated(
        inst.pathOf(key),
        "'" + key + "' overrides '" + target + "'",
        "Applied as in DM; Ferry exports it as '" + target + "' of a named config.");
    return value;
  }

  private void reportUnused(DmNode task) {
    Map<String, Set<String>> sections = new LinkedHashMap<>();
    sections.put("routes", rules.routes.keySet());
    sections.put("filters", rules.filters.keySet());
    sections.put("expression-filter", rules.expressionFilters.keySet());
    sections.put("block-allow-list", rules.blockAllowList.keySet());
    sections.put("mydumpers", mydumpers.keySet());
    sections.put("loaders", loaders.keySet());
    sections.put("syncers", syncers.keySet());
    sections.put("validators", validators);
    sections.forEach(
        (section, names) ->
            names.stream()
                .filter(name -> !used.contains(section + "/" + name))
                .forEach(
                    name ->
                        problems.warning(
                            task.pathOf(section) + "." + name,
                            "'" + name + "' is not used by any mysql-instance",
                            "Reference it from an instance or remove it (DM rejects unused configs,"
                                + " error 20038).")));
  }
}
