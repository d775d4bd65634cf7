package dev.ferry.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.TaskMode;
import dev.ferry.engine.CheckResult.Severity;
import dev.ferry.testing.MariaDbExtension;
import dev.ferry.testing.MariaDbServer;
import dev.ferry.testing.Sandbox;
import dev.ferry.testing.TestServers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Binlog checks against a server started with the wrong settings (started once, reused). */
@ExtendWith(MariaDbExtension.class)
class PrecheckBinlogIT {

  /** One server with both wrong settings: starting a server costs far more than a check. */
  private static MariaDbServer misconfigured() {
    return TestServers.start(MariaDbServer.Options.source("source-stmt", 931)
        .withArgs("--binlog-format=STATEMENT", "--binlog-row-image=MINIMAL"));
  }

  private static PrecheckReport incremental(MariaDbServer source, Sandbox sandbox) {
    String db = sandbox.newDatabase(source, "bl");
    source.execute("CREATE TABLE `" + db + "`.t (id INT PRIMARY KEY)");
    return PrecheckIT.run(PrecheckTasks.task().mode(TaskMode.INCREMENTAL)
        .source("s1", source, "root", "", List.of(db)).target(sandbox.target()).build());
  }

  @Test
  void statementFormatIsAnErrorWithTheSetGlobalFix(Sandbox sandbox) {
    CheckResult format = PrecheckIT.only(incremental(misconfigured(), sandbox), "binlog_format", Severity.ERROR);
    assertThat(format.found()).isEqualTo("binlog_format is STATEMENT");
    assertThat(format.fix()).startsWith("SET GLOBAL binlog_format = 'ROW';").contains("binlog_format = ROW");
  }

  @Test
  void minimalRowImageIsAnErrorWithTheSetGlobalFix(Sandbox sandbox) {
    CheckResult image = PrecheckIT.only(incremental(misconfigured(), sandbox), "binlog_row_image", Severity.ERROR);
    assertThat(image.found()).isEqualTo("binlog_row_image is MINIMAL");
    assertThat(image.fix()).startsWith("SET GLOBAL binlog_row_image = 'FULL';");
  }

  @Test
  void binlogOffIsAnErrorWithTheMyCnfLines(Sandbox sandbox) {
    // The target server runs without a binlog: use it as a source.
    PrecheckReport report = incremental(sandbox.target(), sandbox);
    CheckResult enable = PrecheckIT.only(report, "binlog_enable", Severity.ERROR);
    assertThat(enable.found()).isEqualTo("log_bin is OFF");
    assertThat(enable.fix()).contains("[mysqld]\nlog_bin = mysql-bin").contains("binlog_format = ROW");
    assertThat(report.byId("binlog_format")).isEmpty();
  }

  @Test
  void fullModeDoesNotCheckTheBinlog(Sandbox sandbox) {
    String db = sandbox.newDatabase(sandbox.target(), "full");
    sandbox.target().execute("CREATE TABLE `" + db + "`.t (id INT PRIMARY KEY)");
    PrecheckReport report = PrecheckIT.run(PrecheckTasks.task().mode(TaskMode.FULL)
        .source("s1", sandbox.target(), "root", "", List.of(db)).target(sandbox.source()).build());
    assertThat(report.byId("binlog_enable")).isEmpty();
    assertThat(report.byId("replication_privilege")).isEmpty();
    assertThat(report.errors()).as(report.results().toString()).isEmpty();
  }
}
