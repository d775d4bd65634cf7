package dev.ferry.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.Secret;
import dev.ferry.config.project.Project;
import dev.ferry.engine.CheckResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Precheck and Review pages, navigation, save and reopen. */
class CheckReviewAndWizardTest {

  @TempDir Path home;

  @Test
  void precheckErrorsComeFirstAndBlockStart() {
    WizardFixture f = new WizardFixture(home).withTables();
    f.servers.precheckFindsErrors = true;
    f.wizard.precheck().run();

    assertThat(f.wizard.precheck().results())
        .first()
        .extracting(CheckResult::severity)
        .isEqualTo(CheckResult.Severity.ERROR);
    assertThat(f.wizard.precheck().summaryProperty().get())
        .startsWith("✗ 1 error(s) · 1 warning(s)");
    assertThat(f.wizard.canStartProperty().get()).isFalse();
    assertThat(PrecheckPageViewModel.statements(f.wizard.precheck().results().get(0)))
        .isEqualTo("GRANT RELOAD, REPLICATION CLIENT ON *.* TO 'ferry'@'%';");

    f.servers.precheckFindsErrors = false;
    f.wizard.precheck().run();
    assertThat(f.wizard.precheck().passedProperty().get()).isTrue();
    f.wizard.review().refresh();
    assertThat(f.wizard.review().lines())
        .filteredOn(l -> l.label().equals("Estimate"))
        .extracting(SummaryLine::value)
        .containsExactly(
            "about 5,029,000 rows, 1.2 GiB in 5 table(s): the copy takes about 25 min at 3,400 rows/s");
    assertThat(f.wizard.canStartProperty().get()).isTrue();
  }

  @Test
  void changingTheTaskMakesThePassedCheckStale() {
    WizardFixture f = new WizardFixture(home).withTables();
    f.wizard.precheck().run();
    assertThat(f.wizard.canStartProperty().get()).isTrue();
    f.wizard.options().batchProperty().set("200");
    assertThat(f.wizard.precheck().passedProperty().get()).isFalse();
    assertThat(f.wizard.precheck().summaryProperty().get()).contains("changed");
    assertThat(f.wizard.canStartProperty().get()).isFalse();
  }

  @Test
  void nextStopsAtAPageWithErrorsAndBackKeepsInput() {
    WizardFixture f = new WizardFixture(home);
    WizardViewModel w = f.wizard;
    w.goTo(5);
    assertThat(w.currentProperty().get()).isZero();
    f.connect();
    w.next();
    w.next();
    assertThat(w.currentProperty().get()).isEqualTo(2);
    w.next(); // Objects loads the tables on entry
    assertThat(w.currentPage()).isSameAs(w.objects());
    assertThat(w.objects().tables()).hasSize(6);
    w.back();
    w.back();
    w.back();
    assertThat(w.currentProperty().get()).isZero();
    assertThat(w.project().nameProperty().get()).isEqualTo("shop-to-tidb");
    assertThat(w.sources().sources().get(0).connection().hostProperty().get())
        .isEqualTo("db1.example.com");
    w.goTo(8);
    assertThat(w.currentPage()).isSameAs(w.review());
    assertThat(f.servers.prechecked).isEmpty(); // passing over the check page does not run it
  }

  @Test
  void reviewSummarisesTheTaskAndExportsDm() throws Exception {
    WizardFixture f = new WizardFixture(home).withTables();
    f.wizard.review().refresh();
    assertThat(f.wizard.review().lines())
        .extracting(SummaryLine::label)
        .contains("Task", "Source mysql-01", "Target", "Tables", "Shard mode", "Online DDL");
    assertThat(f.wizard.review().lines())
        .filteredOn(l -> l.label().equals("Tables"))
        .first()
        .extracting(SummaryLine::value)
        .asString()
        .startsWith("6 tables, about 5,081,000 rows");

    Path dir = Files.createDirectories(home.resolve("dm"));
    f.wizard.review().exportDm(dir);
    assertThat(f.wizard.review().exportStatusProperty().get()).startsWith("✓ Wrote");
    assertThat(dir.resolve("task.yaml")).exists();
  }

  @Test
  void savesRemembersTypedPasswordsAndReopensTheSameTask() throws Exception {
    WizardFixture f = new WizardFixture(home).withTables();
    f.wizard.target().connection().passwordModeProperty().set(PasswordMode.REMEMBER);
    f.wizard.target().connection().passwordProperty().set("tidb-secret");
    f.wizard.filters().addArchivePreset();
    assertThat(f.wizard.dirtyProperty().get()).isTrue();

    Path file = home.resolve("shop.ferry");
    AtomicReference<Boolean> saved = new AtomicReference<>(false);
    f.wizard.save(file, () -> saved.set(true));

    assertThat(saved.get()).isTrue();
    assertThat(f.wizard.dirtyProperty().get()).isFalse();
    assertThat(Files.readString(file)).doesNotContain("tidb-secret");
    assertThat(f.wizard.toTaskConfig().target().password().kind())
        .isEqualTo(Secret.Kind.REMEMBERED);

    Project reopened = f.projects.open(file);
    WizardFixture g = new WizardFixture(home);
    g.wizard.load(reopened, file);
    assertThat(g.wizard.dirtyProperty().get()).isFalse();
    assertThat(g.wizard.toTaskConfig()).isEqualTo(f.wizard.toTaskConfig());
    assertThat(g.wizard.objects().isValid())
        .isTrue(); // the project's lists stand in until reloaded
    g.wizard.objects().load();
    assertThat(g.wizard.objects().selectedCount()).isEqualTo(6);
  }

  @Test
  void startHandsTheProjectOverOnlyAfterAPassedCheck() {
    WizardFixture f = new WizardFixture(home).withTables();
    AtomicReference<Project> started = new AtomicReference<>();
    f.wizard.setOnStart(started::set);
    f.wizard.start();
    assertThat(started.get()).isNull();
    f.wizard.precheck().run();
    f.wizard.start();
    assertThat(started.get().task().name()).isEqualTo("shop-to-tidb");
  }
}
