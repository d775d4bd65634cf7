package dev.ferry.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.Secret;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources and Target pages: inline validation, password handling, Test connection. */
class ConnectionPagesTest {

  @TempDir Path home;

  @Test
  void showsAMessageForEachBadFieldAndBlocksNext() {
    WizardFixture f = new WizardFixture(home).connect();
    ConnectionFormViewModel c = f.wizard.sources().sources().get(0).connection();
    c.portProperty().set("33o6");
    c.hostProperty().set("");

    assertThat(c.errors().get(ConnectionFormViewModel.PORT))
        .isEqualTo("Enter a port from 1 to 65535.");
    assertThat(c.errors().get(ConnectionFormViewModel.HOST)).contains("host name");
    assertThat(f.wizard.sources().isValid()).isFalse();

    c.portProperty().set("3306");
    c.hostProperty().set("db1");
    assertThat(c.errors().isValid()).isTrue();
    assertThat(f.wizard.sources().isValid()).isTrue();
  }

  @Test
  void duplicateSourceIdsAreReportedOnTheSecond() {
    WizardFixture f = new WizardFixture(home).connect();
    SourceEntryViewModel second = f.wizard.sources().add();
    second.connection().hostProperty().set("db2");
    second.connection().userProperty().set("ferry");
    second.sourceIdProperty().set("mysql-01");

    assertThat(second.idErrorProperty().get()).isEqualTo("Another source already has this id.");
    assertThat(f.wizard.sources().isValid()).isFalse();

    second.sourceIdProperty().set("mysql-02");
    assertThat(f.wizard.sources().isValid()).isTrue();
    assertThat(f.wizard.toTaskConfig().sources())
        .extracting(s -> s.sourceId())
        .containsExactly("mysql-01", "mysql-02");
  }

  @Test
  void passwordChoicesBecomeSecrets() {
    ConnectionFormViewModel c = new ConnectionFormViewModel(true, 3306);
    assertThat(c.secret()).isEqualTo(Secret.ask());
    c.passwordModeProperty().set(PasswordMode.ENV);
    c.envVariableProperty().set("DB_PW");
    assertThat(c.secret()).isEqualTo(Secret.env("DB_PW"));
    c.passwordModeProperty().set(PasswordMode.REMEMBER);
    c.passwordProperty().set("s3cret");
    assertThat(c.secret()).isEqualTo(Secret.plain("s3cret"));

    ConnectionFormViewModel loaded = new ConnectionFormViewModel(true, 3306);
    loaded.load("db", 3306, "u", Secret.remembered("abc"), null);
    assertThat(loaded.secret()).isEqualTo(Secret.remembered("abc"));
    assertThat(loaded.usesRememberedPassword()).isTrue();
  }

  @Test
  void envModeNeedsAVariableName() {
    WizardFixture f = new WizardFixture(home).connect();
    ConnectionFormViewModel c = f.wizard.sources().sources().get(0).connection();
    c.envVariableProperty().set("");
    assertThat(c.errors().get(ConnectionFormViewModel.PASSWORD)).contains("environment variable");
  }

  @Test
  void testConnectionShowsServerAndBinlogStatus() {
    WizardFixture f = new WizardFixture(home).connect();
    f.wizard.sources().testSelected();
    ConnectionFormViewModel c = f.wizard.sources().sources().get(0).connection();

    assertThat(c.testingProperty().get()).isFalse();
    assertThat(c.testSummaryProperty().get()).startsWith("✓ Connected");
    assertThat(c.testLines())
        .extracting(CheckLine::label)
        .contains("Server", "log_bin", "binlog_format", "binlog_row_image", "GTID");
    assertThat(c.testLines())
        .filteredOn(l -> l.label().equals("binlog_format"))
        .first()
        .extracting(CheckLine::mark)
        .isEqualTo("✓");
  }

  @Test
  void failedLoginShowsTheErrorAndItsFix() {
    WizardFixture f = new WizardFixture(home).connect();
    f.servers.refuseLogin = true;
    f.wizard.sources().testSelected();
    ConnectionFormViewModel c = f.wizard.sources().sources().get(0).connection();

    assertThat(c.testSummaryProperty().get()).isEqualTo("✗ Connection failed");
    assertThat(c.testLines()).extracting(CheckLine::label).containsExactly("Error", "Fix");
  }

  @Test
  void targetTestsTheTargetAndValidatesItsFields() {
    WizardFixture f = new WizardFixture(home).connect();
    f.wizard.target().test();
    assertThat(f.wizard.target().connection().testLines().get(0).value()).isEqualTo("TiDB 8.5.1");
    f.wizard.target().connection().userProperty().set(" ");
    assertThat(f.wizard.target().isValid()).isFalse();
    assertThat(f.wizard.target().connection().errors().get(ConnectionFormViewModel.USER))
        .isNotEmpty();
  }
}
