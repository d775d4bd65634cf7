package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.Main;
import dev.ferry.config.Secret;
import dev.ferry.config.project.Project;
import dev.ferry.domain.TaskMode;
import dev.ferry.testing.ChildJvm;
import dev.ferry.testing.MariaDbServer;
import dev.ferry.testing.Sandbox;
import dev.ferry.testing.TestProjects;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Projects and child-JVM {@code ferry} commands for the CLI integration tests: one source database
 * routed to one target database, passwords from environment variables.
 */
final class CliFixture {

  static final String SOURCE_PASSWORD_ENV = "FERRY_IT_SOURCE_PASSWORD";
  static final String TARGET_PASSWORD_ENV = "FERRY_IT_TARGET_PASSWORD";

  private CliFixture() {}

  /** A task copying (and syncing) every table of {@code src} into {@code tgt}. */
  static Project project(Sandbox sandbox, String src, String tgt, long chunkRows, TaskMode mode) {
    return TestProjects.routed(
        sandbox,
        src,
        tgt,
        chunkRows,
        mode,
        Secret.env(SOURCE_PASSWORD_ENV),
        Secret.env(TARGET_PASSWORD_ENV));
  }

  /** {@code ferry COMMAND… PROJECT} in a child JVM with {@code home} as FERRY_HOME. */
  static ChildJvm ferry(Path home, Path projectFile, String targetPassword, String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.add(projectFile.toString());
    return ChildJvm.start(
        Main.class,
        args,
        Map.of("ferry.home", home.toString()),
        Map.of(SOURCE_PASSWORD_ENV, MariaDbServer.PASSWORD, TARGET_PASSWORD_ENV, targetPassword));
  }

  /** Runs {@code ferry COMMAND… PROJECT} to its end, asserts exit 0 and returns its output. */
  static String ferryOk(Path home, Path projectFile, String... command) {
    try (ChildJvm c = ferry(home, projectFile, MariaDbServer.PASSWORD, command)) {
      assertThat(c.waitFor(Duration.ofMinutes(2))).as(c.output()).isZero();
      return c.output();
    }
  }
}
