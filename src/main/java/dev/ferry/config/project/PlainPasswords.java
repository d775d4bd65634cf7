package dev.ferry.config.project;

import dev.ferry.config.Secret;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.secret.SecretException;
import java.util.ArrayList;
import java.util.List;

/** Finds the typed (plain) passwords of a task and replaces them before it is written. */
final class PlainPasswords {

  /** Replaces one plain secret (never called with another kind). */
  @FunctionalInterface
  interface Replacement {
    Secret replace(Secret plain) throws SecretException;
  }

  private PlainPasswords() {}

  /** The JSON paths of every plain password in {@code task}. */
  static List<String> paths(TaskConfig task) {
    List<String> paths = new ArrayList<>();
    if (task.target() != null && isPlain(task.target().password())) {
      paths.add("$.task.target.password");
    }
    for (int i = 0; i < task.sources().size(); i++) {
      SourceConfig source = task.sources().get(i);
      if (source != null && isPlain(source.password())) {
        paths.add("$.task.sources[" + i + "].password");
      }
    }
    return paths;
  }

  /** {@code task} with every plain password replaced by {@code replacement}. */
  static TaskConfig replace(TaskConfig task, Replacement replacement) throws SecretException {
    TargetConfig target = task.target();
    if (target != null && isPlain(target.password())) {
      target =
          new TargetConfig(
              target.host(),
              target.port(),
              target.user(),
              replacement.replace(target.password()),
              target.tls(),
              target.session());
    }
    List<SourceConfig> sources = new ArrayList<>();
    for (SourceConfig s : task.sources()) {
      if (s != null && isPlain(s.password())) {
        s =
            new SourceConfig(
                s.sourceId(),
                s.host(),
                s.port(),
                s.user(),
                replacement.replace(s.password()),
                s.tls(),
                s.serverId(),
                s.enableGtid(),
                s.meta(),
                s.rules(),
                s.dump(),
                s.load(),
                s.sync());
      }
      sources.add(s);
    }
    return new TaskConfig(
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
        target,
        sources,
        task.rules());
  }

  private static boolean isPlain(Secret secret) {
    return secret.kind() == Secret.Kind.PLAIN;
  }
}
