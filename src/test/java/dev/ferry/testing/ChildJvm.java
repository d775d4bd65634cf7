package dev.ferry.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running a main class with this JVM's class path, for crash tests: {@link #kill9()}
 * sends SIGKILL (no shutdown hooks, no finally blocks), {@link #restart()} runs it again with the
 * same arguments. Output goes to a log file the test can read.
 */
public final class ChildJvm implements AutoCloseable {

  private final List<String> command;
  private final Map<String, String> environment;
  private final Path log;
  private Process process;

  private ChildJvm(List<String> command, Map<String, String> environment, Path log) {
    this.command = command;
    this.environment = environment;
    this.log = log;
  }

  /** Starts {@code mainClass} with {@code args}; {@code systemProperties} become -D flags. */
  public static ChildJvm start(
      Class<?> mainClass,
      List<String> args,
      Map<String, String> systemProperties,
      Map<String, String> environment) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.add(mainClass.getName());
    command.addAll(args);
    try {
      Path dir = Files.createDirectories(TestServers.workDir().resolve("child-jvms"));
      Path log = Files.createTempFile(dir, mainClass.getSimpleName(), ".log");
      ChildJvm child = new ChildJvm(List.copyOf(command), Map.copyOf(environment), log);
      child.launch();
      return child;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void launch() throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    process = builder.start();
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Kills the child with SIGKILL and waits until it is gone. Returns its exit code (137). */
  public int kill9() {
    process.destroyForcibly();
    try {
      return process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while killing the child JVM", e);
    }
  }

  /** Starts the same command again (after it ended or was killed). */
  public void restart() {
    if (process.isAlive()) {
      throw new IllegalStateException("The child JVM is still running; kill it first");
    }
    try {
      launch();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for the child to exit and returns its exit code; fails after {@code timeout}. */
  public int waitFor(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException(
            "Child JVM still running after " + timeout + "; output:\n" + output());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  /** Everything the child printed so far (all runs). */
  public String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      kill9();
    }
  }
}
