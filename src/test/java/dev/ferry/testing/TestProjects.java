package dev.ferry.testing;

import dev.ferry.config.DumpOptions;
import dev.ferry.config.LoadOptions;
import dev.ferry.config.Secret;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.SyncOptions;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.TlsConfig;
import dev.ferry.config.project.Project;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.RouteRule;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.config.rules.RuleSets;
import dev.ferry.domain.TaskMode;
import java.util.List;
import java.util.Map;

/**
 * Projects over the sandbox's servers: every table of one source database into one target database.
 */
public final class TestProjects {

  private TestProjects() {}

  /**
   * A task named {@code cli-<src>} with one source {@code s1}, two copy threads and {@code
   * chunkRows} rows per chunk, loading with REPLACE.
   */
  public static Project routed(
      Sandbox sandbox,
      String src,
      String tgt,
      long chunkRows,
      TaskMode mode,
      Secret sourcePassword,
      Secret targetPassword) {
    MariaDbServer s = sandbox.source();
    MariaDbServer t = sandbox.target();
    RuleSets rules =
        new RuleSets(
            Map.of("only-src", new BlockAllowList(List.of(src), null, null, null)),
            Map.of("rename", RouteRule.of(src, null, tgt, null)),
            Map.of(),
            Map.of());
    SourceConfig source =
        new SourceConfig(
            "s1",
            s.host(),
            s.port(),
            MariaDbServer.USER,
            sourcePassword,
            TlsConfig.disabled(),
            null,
            false,
            null,
            new RuleRefs("only-src", List.of("rename"), List.of(), List.of()),
            new DumpOptions(2, chunkRows, null, DumpOptions.Consistency.AUTO, ""),
            new LoadOptions(2, LoadOptions.OnDuplicate.REPLACE, true),
            SyncOptions.defaults());
    TargetConfig target =
        new TargetConfig(
            t.host(), t.port(), MariaDbServer.USER, targetPassword, TlsConfig.disabled(), Map.of());
    return Project.create(
        new TaskConfig(
            "cli-" + src,
            mode,
            null,
            false,
            null,
            "",
            null,
            null,
            true,
            null,
            target,
            List.of(source),
            rules));
  }
}
