package dev.ferry.ui.wizard;

import dev.ferry.config.project.ProjectFiles;
import dev.ferry.config.secret.SecretStore;
import dev.ferry.service.ProjectService;
import dev.ferry.service.RecentProjects;
import dev.ferry.ui.FakeServerAccess;
import dev.ferry.ui.common.CurrentThreadTaskExecutor;
import java.nio.file.Path;

/** A wizard over fake servers whose background work runs at once. */
final class WizardFixture {

  final FakeServerAccess servers = new FakeServerAccess();
  final ProjectService projects;
  final WizardViewModel wizard;

  WizardFixture(Path home) {
    projects =
        new ProjectService(
            new ProjectFiles(), new SecretStore(home.resolve("secrets")), new RecentProjects(home));
    wizard = new WizardViewModel(new CurrentThreadTaskExecutor(), projects, servers);
  }

  /** Fills pages 1–3 validly. */
  WizardFixture connect() {
    wizard.project().nameProperty().set("shop-to-tidb");
    ConnectionFormViewModel s = wizard.sources().sources().get(0).connection();
    s.hostProperty().set("db1.example.com");
    s.userProperty().set("ferry");
    s.passwordModeProperty().set(PasswordMode.ENV);
    s.envVariableProperty().set("FERRY_SOURCE_PASSWORD");
    ConnectionFormViewModel t = wizard.target().connection();
    t.hostProperty().set("tidb.example.com");
    t.userProperty().set("root");
    return this;
  }

  /** Fills pages 1–3 and loads the tables (all ticked). */
  WizardFixture withTables() {
    connect();
    wizard.objects().load();
    return this;
  }
}
