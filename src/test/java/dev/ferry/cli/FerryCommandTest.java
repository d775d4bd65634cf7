package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FerryCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = FerryCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void helpDescribesFerryAndExitsZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("Usage: ferry")
        .contains("--version")
        .contains("Run without arguments to open the Ferry window");
  }

  @Test
  void versionPrintsTheBuildVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("Ferry ").doesNotContain("unknown").doesNotContain("${");
  }

  @Test
  void unknownOptionIsAUsageErrorWithExitCodeTwo() {
    assertThat(run("--no-such-option")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
  }
}
