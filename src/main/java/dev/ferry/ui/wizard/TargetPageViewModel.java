package dev.ferry.ui.wizard;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.TargetConfig;
import dev.ferry.service.ServerAccess;
import dev.ferry.ui.common.TaskExecutor;
import java.util.List;
import java.util.Map;

/** Step 3: the target server (TiDB, MySQL or MariaDB). */
public final class TargetPageViewModel extends PageViewModel {

  private final ConnectionFormViewModel connection = new ConnectionFormViewModel(false, 4000);
  private final TaskExecutor executor;
  private final ServerAccess access;
  private Map<String, String> session = Map.of();

  public TargetPageViewModel(TaskExecutor executor, ServerAccess access) {
    this.executor = executor;
    this.access = access;
    watch(connection.fields());
  }

  @Override
  public String title() {
    return "Target";
  }

  @Override
  public String help() {
    return "The database to write to: TiDB (port 4000) or any MySQL-compatible server. The account"
        + " needs CREATE, INSERT, UPDATE, DELETE, ALTER, DROP and INDEX on the target schemas.";
  }

  void load(TargetConfig t) {
    if (t != null) {
      connection.load(t.host(), t.port(), t.user(), t.password(), t.tls());
      session = t.session();
    }
  }

  TargetConfig toConfig() {
    return new TargetConfig(
        connection.hostProperty().get().trim(),
        connection.portNumber(),
        connection.userProperty().get().trim(),
        connection.secret(),
        connection.tls(),
        session);
  }

  /** Tests the login off the UI thread. */
  public void test() {
    connection.test(executor, c -> access.testTarget(toConfig()));
  }

  @Override
  public void showProblems(List<ConfigProblem> problems) {
    setValid(connection.validate("target", problems).isEmpty());
  }

  public ConnectionFormViewModel connection() {
    return connection;
  }
}
