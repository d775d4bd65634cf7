package dev.ferry.engine;

import dev.ferry.config.DumpOptions;
import dev.ferry.config.LoadOptions;
import dev.ferry.config.OnlineDdl;
import dev.ferry.config.Secret;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.SyncOptions;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.TlsConfig;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TaskMode;
import dev.ferry.testing.MariaDbServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small tasks against the test servers. */
final class PrecheckTasks {

  private TaskMode mode = TaskMode.ALL;
  private ShardMode shardMode = ShardMode.NONE;
  private final List<SourceConfig> sources = new ArrayList<>();
  private final Map<String, BlockAllowList> lists = new LinkedHashMap<>();
  private final Map<String, RouteRule> routes = new LinkedHashMap<>();
  private final List<String> ignore = new ArrayList<>();
  private TargetConfig target;
  private LoadOptions load = LoadOptions.defaults();

  static PrecheckTasks task() {
    return new PrecheckTasks();
  }

  PrecheckTasks mode(TaskMode m) {
    mode = m;
    return this;
  }

  PrecheckTasks shardMode(ShardMode m) {
    shardMode = m;
    return this;
  }

  /** Load options of the sources added after this call. */
  PrecheckTasks load(LoadOptions options) {
    load = options;
    return this;
  }

  PrecheckTasks ignore(String item) {
    ignore.add(item);
    return this;
  }

  /** A source that takes the schemas {@code dbs} and applies {@code routeNames}. */
  PrecheckTasks source(String id, MariaDbServer server, String user, String password, List<String> dbs, String... routeNames) {
    return source(id, server.host(), server.port(), user, password, dbs, routeNames);
  }

  PrecheckTasks source(String id, String host, int port, String user, String password, List<String> dbs, String... routeNames) {
    lists.put("ba-" + id, new BlockAllowList(dbs, List.of(), List.of(), List.of()));
    sources.add(new SourceConfig(id, host, port, user, Secret.plain(password), TlsConfig.disabled(), null, false, null,
        new RuleRefs("ba-" + id, List.of(routeNames), List.of(), List.of()),
        DumpOptions.defaults(), load, SyncOptions.defaults()));
    return this;
  }

  PrecheckTasks route(String name, String schemaPattern, String tablePattern, String targetSchema, String targetTable) {
    routes.put(name, RouteRule.of(schemaPattern, tablePattern, targetSchema, targetTable));
    return this;
  }

  PrecheckTasks target(MariaDbServer server) {
    return target(server, MariaDbServer.USER, MariaDbServer.PASSWORD);
  }

  PrecheckTasks target(MariaDbServer server, String user, String password) {
    target = new TargetConfig(server.host(), server.port(), user, Secret.plain(password), TlsConfig.disabled(), Map.of());
    return this;
  }

  TaskConfig build() {
    return new TaskConfig("precheck-it", mode, shardMode, false, OnlineDdl.defaults(), "", null, ignore, false, null,
        target, sources, new RuleSets(lists, routes, Map.of(), Map.of()));
  }
}
