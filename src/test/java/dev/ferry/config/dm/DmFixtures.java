package dev.ferry.config.dm;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.Secret;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.TargetConfig;
import dev.ferry.config.TaskConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Loads the DM files under {@code src/test/resources/dm/} and helps compare imported models. */
final class DmFixtures {

  private DmFixtures() {}

  static Path dir(String name) {
    try {
      return Path.of(DmFixtures.class.getResource("/dm/" + name + "/task.yaml").toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Imports {@code task.yaml} and every other {@code *.yaml} of a fixture directory. */
  static DmImportResult importDir(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> sources =
          files
              .filter(f -> f.toString().endsWith(".yaml"))
              .filter(f -> !f.getFileName().toString().equals("task.yaml"))
              .sorted()
              .toList();
      return DmImport.read(dir.resolve("task.yaml"), sources);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DmImportResult importFixture(String name) {
    return importDir(dir(name));
  }

  /** Parses in-memory files: the task plus source files given as name, content, name, ... */
  static DmImportResult parse(String taskYaml, String... sourceNamesAndContents) {
    Map<String, String> sources = new LinkedHashMap<>();
    for (int i = 0; i < sourceNamesAndContents.length; i += 2) {
      sources.put(sourceNamesAndContents[i], sourceNamesAndContents[i + 1]);
    }
    return DmImport.parse("task.yaml", taskYaml, sources);
  }

  static SourceConfig source(TaskConfig task, String id) {
    return task.sources().stream()
        .filter(s -> s.sourceId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no source " + id));
  }

  static List<String> paths(DmImportResult result) {
    return result.problems().stream().map(ConfigProblem::path).toList();
  }

  /** The model with PLAIN passwords replaced by ASK: what survives an export by design. */
  static TaskConfig withoutPlainPasswords(TaskConfig t) {
    TargetConfig g = t.target();
    TargetConfig target =
        new TargetConfig(g.host(), g.port(), g.user(), unplain(g.password()), g.tls(), g.session());
    List<SourceConfig> sources =
        t.sources().stream()
            .map(
                s ->
                    new SourceConfig(
                        s.sourceId(),
                        s.host(),
                        s.port(),
                        s.user(),
                        unplain(s.password()),
                        s.tls(),
                        s.serverId(),
                        s.enableGtid(),
                        s.meta(),
                        s.rules(),
                        s.dump(),
                        s.load(),
                        s.sync()))
            .toList();
    return new TaskConfig(
        t.name(),
        t.taskMode(),
        t.shardMode(),
        t.caseSensitive(),
        t.onlineDdl(),
        t.timezone(),
        t.collationCompatible(),
        t.ignoreCheckingItems(),
        t.cleanDumpFile(),
        t.metaSchema(),
        target,
        sources,
        t.rules());
  }

  private static Secret unplain(Secret s) {
    return s.kind() == Secret.Kind.PLAIN ? Secret.ask() : s;
  }
}
