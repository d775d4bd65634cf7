package dev.ferry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** import-dm, validate and export-dm end to end on DM files written from DM's documentation. */
class DmCommandsTest {

  private static final Path FULL = Path.of("src/test/resources/dm/full");
  private static final Path ROUNDTRIP = Path.of("src/test/resources/dm/roundtrip");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = FerryCli.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static String[] withSources(Path dir, String... head) throws Exception {
    try (var files = Files.list(dir)) {
      var sources = files.filter(f -> !f.getFileName().toString().equals("task.yaml")).sorted()
          .map(Path::toString).toList();
      var args = new java.util.ArrayList<>(java.util.List.of(head));
      args.add(dir.resolve("task.yaml").toString());
      args.addAll(sources);
      return args.toArray(String[]::new);
    }
  }

  @Test
  void importValidateAndExportRoundTripThroughTheCommandLine() throws Exception {
    Path project = dir.resolve("shop.ferry");
    int imported = run(withSources(ROUNDTRIP, "import-dm", "-o", project.toString()));
    assertThat(imported).as(out + "\n" + err).isZero();
    assertThat(out.toString()).contains("Wrote " + project);

    assertThat(run("validate", project.toString())).as(out.toString()).isZero();
    assertThat(out.toString()).contains("No errors.");

    Path exported = dir.resolve("dm");
    assertThat(run("export-dm", project.toString(), "-o", exported.toString())).isZero();
    assertThat(exported.resolve("task.yaml")).exists();
    try (var files = Files.list(exported)) {
      assertThat(files.count()).isGreaterThan(1);
    }
  }

  @Test
  void importReportsUnsupportedKeysByNameAndNeverWritesPlainPasswords() throws Exception {
    Path project = dir.resolve("full.ferry");
    int code = run(withSources(FULL, "import-dm", "--keep-going", "-o", project.toString()));
    String printed = out.toString();
    assertThat(printed).contains("task.yaml:");
    assertThat(project).exists();
    String saved = Files.readString(project);
    int checked = 0;
    try (var files = Files.list(FULL)) {
      for (Path yaml : files.toList()) {
        for (String line : Files.readAllLines(yaml)) {
          String t = line.trim();
          if (t.startsWith("password:")) {
            String value = t.substring("password:".length()).replaceAll("#.*", "").trim().replace("\"", "");
            if (!value.isEmpty() && !value.startsWith("${")) {
              assertThat(saved).doesNotContain(value);
              checked++;
            }
          }
        }
      }
    }
    assertThat(checked).as("plain passwords in the fixtures").isGreaterThanOrEqualTo(1);
    assertThat(code).isIn(ExitCodes.OK, ExitCodes.USAGE);
  }

  @Test
  void aCorruptProjectIsAUsageErrorWithThePathAndLeftUntouched() throws Exception {
    Path project = dir.resolve("broken.ferry");
    Files.writeString(project, "{ \"format-version\": 1, \"task\": ");
    byte[] before = Files.readAllBytes(project);
    assertThat(run("validate", project.toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("broken.ferry");
    assertThat(Files.readAllBytes(project)).isEqualTo(before);
  }
}
