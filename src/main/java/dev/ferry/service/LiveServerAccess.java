package dev.ferry.service;

import dev.ferry.config.Secret;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.secret.SecretException;
import dev.ferry.config.secret.SecretResolver;
import dev.ferry.engine.ConnectionTest;
import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import dev.ferry.engine.Precheck;
import dev.ferry.engine.PrecheckReport;
import dev.ferry.engine.SourceBrowser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ServerAccess} against real servers. Passwords are resolved just before use (typed ones are
 * used as they are; environment variables, remembered ones and "ask" go through the {@link
 * SecretResolver}), so nothing resolved is kept.
 */
public final class LiveServerAccess implements ServerAccess {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final SecretResolver secrets;

  public LiveServerAccess(SecretResolver secrets) {
    this.secrets = secrets;
  }

  @Override
  public ConnectionTest.Result testSource(SourceConfig source) {
    return ConnectionTest.source(resolve(source), TIMEOUT);
  }

  @Override
  public ConnectionTest.Result testTarget(TargetConfig target) {
    return ConnectionTest.target(resolve(target), TIMEOUT);
  }

  @Override
  public List<SourceBrowser.Table> tables(SourceConfig source) {
    return SourceBrowser.tables(resolve(source), TIMEOUT);
  }

  @Override
  public PrecheckReport precheck(TaskConfig task) {
    List<SourceConfig> sources = new ArrayList<>();
    for (SourceConfig s : task.sources()) {
      sources.add(resolve(s));
    }
    TaskConfig resolved =
        new TaskConfig(
            task.name(),
            task.taskMode(),
            task.shardMode(),
            task.caseSensitive(),
            task.onlineDdl(),
            task.timezone(),
            task.collationCompatible(),
            task.ignoreCheckingItems(),
            task.cleanDumpFile(),
            task.metaSchema(),
            resolve(task.target()),
            sources,
            task.rules());
    return Precheck.run(resolved);
  }

  private SourceConfig resolve(SourceConfig s) {
    String purpose =
        "source " + s.sourceId() + " (" + s.user() + "@" + s.host() + ":" + s.port() + ")";
    return new SourceConfig(
        s.sourceId(),
        s.host(),
        s.port(),
        s.user(),
        plain(s.password(), purpose),
        s.tls(),
        s.serverId(),
        s.enableGtid(),
        s.meta(),
        s.rules(),
        s.dump(),
        s.load(),
        s.sync());
  }

  private TargetConfig resolve(TargetConfig t) {
    String purpose = "target (" + t.user() + "@" + t.host() + ":" + t.port() + ")";
    return new TargetConfig(
        t.host(), t.port(), t.user(), plain(t.password(), purpose), t.tls(), t.session());
  }

  private Secret plain(Secret secret, String purpose) {
    try {
      return Secret.plain(secrets.resolve(secret, purpose));
    } catch (SecretException e) {
      throw new FerryException(ErrorCode.SECRET_UNAVAILABLE, e, purpose, e.getMessage());
    }
  }
}
