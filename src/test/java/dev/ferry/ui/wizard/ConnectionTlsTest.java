package dev.ferry.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.TlsConfig;
import dev.ferry.config.project.Project;
import dev.ferry.config.project.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources and Target pages: TLS mode and certificate files, checked inline, saved in the project.
 */
class ConnectionTlsTest {

  @TempDir Path home;
  @TempDir Path certs;

  private Path pem(String name) throws Exception {
    return Files.writeString(
        certs.resolve(name), "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
  }

  @Test
  void certificateFilesAreCheckedInline() throws Exception {
    WizardFixture f = new WizardFixture(home).connect();
    ConnectionFormViewModel t = f.wizard.target().connection();
    t.tlsModeProperty().set(TlsConfig.VerifyMode.VERIFY_CA);

    t.sslCaProperty().set(certs.resolve("missing-ca.pem").toString());
    assertThat(t.errors().get(ConnectionFormViewModel.SSL_CA)).startsWith("No CA certificate file");
    assertThat(f.wizard.target().isValid()).isFalse();

    t.sslCaProperty().set("ca.pem");
    assertThat(t.errors().get(ConnectionFormViewModel.SSL_CA)).startsWith("Enter the full path");

    t.sslCaProperty().set(pem("ca.pem").toString());
    assertThat(t.errors().get(ConnectionFormViewModel.SSL_CA)).isEmpty();
    assertThat(f.wizard.target().isValid()).isTrue();

    t.sslCertProperty().set(pem("client.pem").toString());
    assertThat(t.errors().get(ConnectionFormViewModel.SSL_KEY))
        .isEqualTo("A client certificate needs its key file too.");
    assertThat(f.wizard.target().isValid()).isFalse();
    t.sslKeyProperty().set(certs.toString()); // a folder, not a file
    assertThat(t.errors().get(ConnectionFormViewModel.SSL_KEY)).startsWith("No client key file");
    t.sslKeyProperty().set(pem("client-key.pem").toString());
    assertThat(t.errors().isValid()).isTrue();

    t.tlsModeProperty().set(TlsConfig.VerifyMode.DISABLED);
    assertThat(t.errors().get(ConnectionFormViewModel.TLS)).startsWith("TLS is off");
    assertThat(f.wizard.target().isValid()).isFalse();
    t.tlsModeProperty().set(TlsConfig.VerifyMode.REQUIRED);
    assertThat(f.wizard.target().isValid()).isTrue();
  }

  @Test
  void anUnreadableFileIsReported() throws Exception {
    Path key = pem("locked.pem");
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("---------"));
    if (Files.isReadable(key)) {
      return; // running as root: every file is readable
    }
    ConnectionFormViewModel c = new WizardFixture(home).connect().wizard.target().connection();
    c.sslCaProperty().set(key.toString());
    assertThat(c.errors().get(ConnectionFormViewModel.SSL_CA)).contains("cannot read");
  }

  @Test
  void tlsSettingsRoundTripThroughTheProjectFile() throws Exception {
    WizardFixture f = new WizardFixture(home).connect();
    ConnectionFormViewModel s = f.wizard.sources().sources().get(0).connection();
    s.tlsModeProperty().set(TlsConfig.VerifyMode.VERIFY_IDENTITY);
    s.sslCaProperty().set(pem("src-ca.pem").toString());
    s.sslCertProperty().set(pem("src-cert.pem").toString());
    s.sslKeyProperty().set("  " + pem("src-key.pem") + "  ");
    ConnectionFormViewModel t = f.wizard.target().connection();
    t.tlsModeProperty().set(TlsConfig.VerifyMode.REQUIRED);
    t.sslCaProperty().set(" ");

    TlsConfig sourceTls = f.wizard.toTaskConfig().sources().get(0).tls();
    assertThat(sourceTls)
        .isEqualTo(
            new TlsConfig(
                certs.resolve("src-ca.pem").toString(),
                certs.resolve("src-cert.pem").toString(),
                certs.resolve("src-key.pem").toString(),
                TlsConfig.VerifyMode.VERIFY_IDENTITY));
    assertThat(f.wizard.toTaskConfig().target().tls())
        .isEqualTo(new TlsConfig(null, null, null, TlsConfig.VerifyMode.REQUIRED));

    Path file = home.resolve("tls.ferry");
    new ProjectFiles().save(Project.create(f.wizard.toTaskConfig()), file);
    WizardFixture reopened = new WizardFixture(home.resolve("other"));
    reopened.wizard.load(new ProjectFiles().open(file), file);

    ConnectionFormViewModel s2 = reopened.wizard.sources().sources().get(0).connection();
    assertThat(s2.tlsModeProperty().get()).isEqualTo(TlsConfig.VerifyMode.VERIFY_IDENTITY);
    assertThat(s2.sslCertProperty().get()).isEqualTo(certs.resolve("src-cert.pem").toString());
    assertThat(s2.sslKeyProperty().get()).isEqualTo(certs.resolve("src-key.pem").toString());
    assertThat(reopened.wizard.toTaskConfig().sources().get(0).tls()).isEqualTo(sourceTls);
    assertThat(reopened.wizard.target().connection().tlsModeProperty().get())
        .isEqualTo(TlsConfig.VerifyMode.REQUIRED);
  }
}
