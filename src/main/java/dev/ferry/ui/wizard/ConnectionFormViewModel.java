package dev.ferry.ui.wizard;

import dev.ferry.config.ConfigProblem;
import dev.ferry.config.Secret;
import dev.ferry.config.TlsConfig;
import dev.ferry.engine.ConnectionTest;
import dev.ferry.engine.FerryException;
import dev.ferry.ui.common.FieldErrors;
import dev.ferry.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Host, port, account, password handling and TLS of one server, with inline validation and "Test
 * connection". Shared by each source and the target.
 */
public final class ConnectionFormViewModel {

  /** Field names used by {@link #errors()}. */
  public static final String HOST = "host", PORT = "port", USER = "user", PASSWORD = "password";

  /** TLS field names used by {@link #errors()}: the mode and the three files. */
  public static final String TLS = "tls",
      SSL_CA = "sslCa",
      SSL_CERT = "sslCert",
      SSL_KEY = "sslKey";

  /** Task problem paths (after the connection's own) → field; the first match wins. */
  private static final Map<String, String> PROBLEM_FIELDS = problemFields();

  private static Map<String, String> problemFields() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(".host", HOST);
    m.put(".port", PORT);
    m.put(".user", USER);
    m.put(".password", PASSWORD);
    m.put(".tls.ssl-ca", SSL_CA);
    m.put(".tls.ssl-cert", SSL_CERT);
    m.put(".tls.ssl-key", SSL_KEY);
    m.put(".tls", TLS);
    return m;
  }

  private final boolean source;
  private final StringProperty host = new SimpleStringProperty("");
  private final StringProperty port = new SimpleStringProperty("");
  private final StringProperty user = new SimpleStringProperty("");
  private final ObjectProperty<PasswordMode> passwordMode =
      new SimpleObjectProperty<>(PasswordMode.ASK);
  private final StringProperty password = new SimpleStringProperty("");
  private final StringProperty envVariable = new SimpleStringProperty("");
  private final ObjectProperty<TlsConfig.VerifyMode> tlsMode =
      new SimpleObjectProperty<>(TlsConfig.VerifyMode.PREFERRED);
  private final StringProperty sslCa = new SimpleStringProperty("");
  private final StringProperty sslCert = new SimpleStringProperty("");
  private final StringProperty sslKey = new SimpleStringProperty("");
  private final BooleanProperty testing = new SimpleBooleanProperty(false);
  private final StringProperty testSummary = new SimpleStringProperty("");
  private final ObservableList<CheckLine> testLines = FXCollections.observableArrayList();
  private final FieldErrors errors = new FieldErrors();
  private String rememberedId = "";

  /**
   * @param source true for a source (binlog settings matter), false for the target
   */
  public ConnectionFormViewModel(boolean source, int defaultPort) {
    this.source = source;
    port.set(Integer.toString(defaultPort));
  }

  /** Everything a change of which changes the configuration. */
  public Observable[] fields() {
    return new Observable[] {
      host, port, user, passwordMode, password, envVariable, tlsMode, sslCa, sslCert, sslKey
    };
  }

  public void load(String h, int p, String u, Secret secret, TlsConfig tls) {
    host.set(h == null ? "" : h);
    port.set(Integer.toString(p));
    user.set(u == null ? "" : u);
    TlsConfig t = tls == null ? TlsConfig.preferred() : tls;
    tlsMode.set(t.verifyMode() == null ? TlsConfig.VerifyMode.PREFERRED : t.verifyMode());
    sslCa.set(t.sslCa() == null ? "" : t.sslCa());
    sslCert.set(t.sslCert() == null ? "" : t.sslCert());
    sslKey.set(t.sslKey() == null ? "" : t.sslKey());
    password.set("");
    envVariable.set("");
    rememberedId = "";
    switch (secret.kind()) {
      case ASK -> passwordMode.set(PasswordMode.ASK);
      case ENV -> {
        passwordMode.set(PasswordMode.ENV);
        envVariable.set(secret.value());
      }
      case REMEMBERED -> {
        passwordMode.set(PasswordMode.REMEMBER);
        rememberedId = secret.value();
      }
      case PLAIN -> {
        passwordMode.set(PasswordMode.REMEMBER);
        password.set(secret.value());
      }
    }
  }

  /** The password as configured: a typed one stays in memory until the project is saved. */
  public Secret secret() {
    return switch (passwordMode.get()) {
      case ASK -> Secret.ask();
      case ENV -> Secret.env(envVariable.get().trim());
      case REMEMBER ->
          password.get().isEmpty() && !rememberedId.isEmpty()
              ? Secret.remembered(rememberedId)
              : Secret.plain(password.get());
    };
  }

  /** The TLS settings as configured; blank file fields are unset. */
  public TlsConfig tls() {
    return new TlsConfig(
        TlsFiles.orNull(sslCa.get()),
        TlsFiles.orNull(sslCert.get()),
        TlsFiles.orNull(sslKey.get()),
        tlsMode.get());
  }

  /** The port, or 0 when it is not a number. */
  public int portNumber() {
    try {
      return Integer.parseInt(port.get().trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** True when a remembered password is in use and none was typed. */
  public boolean usesRememberedPassword() {
    return passwordMode.get() == PasswordMode.REMEMBER
        && password.get().isEmpty()
        && !rememberedId.isEmpty();
  }

  /**
   * Updates the messages from the form's own checks and the task's problems under {@code path}
   * ({@code sources[0]}, {@code target}); returns the form's messages.
   */
  public Map<String, String> validate(String path, List<ConfigProblem> problems) {
    Map<String, String> m = new LinkedHashMap<>();
    if (host.get().isBlank()) {
      m.put(HOST, "Enter the host name or IP address.");
    } else if (host.get().trim().contains(" ")) {
      m.put(HOST, "A host name has no spaces.");
    }
    int p = portNumber();
    if (p < 1 || p > 65535) {
      m.put(PORT, "Enter a port from 1 to 65535.");
    }
    if (user.get().isBlank()) {
      m.put(USER, "Enter the user Ferry logs in as.");
    }
    if (passwordMode.get() == PasswordMode.ENV
        && !envVariable.get().trim().matches("[A-Za-z_][A-Za-z0-9_]*")) {
      m.put(PASSWORD, "Enter the name of an environment variable, e.g. FERRY_SOURCE_PASSWORD.");
    }
    m.putAll(TlsFiles.check(tlsMode.get(), sslCa.get(), sslCert.get(), sslKey.get()));
    for (ConfigProblem problem : problems) {
      if (!problem.isError() || !problem.path().startsWith(path + ".")) {
        continue;
      }
      String rest = problem.path().substring(path.length());
      PROBLEM_FIELDS.entrySet().stream()
          .filter(e -> rest.startsWith(e.getKey()))
          .findFirst()
          .ifPresent(e -> m.putIfAbsent(e.getValue(), problem.message()));
    }
    errors.setAll(m);
    return m;
  }

  /** Tests the login off the UI thread and shows what the server reports. */
  public void test(
      TaskExecutor executor, Function<ConnectionFormViewModel, ConnectionTest.Result> tester) {
    testing.set(true);
    testSummary.set("Connecting to " + host.get() + ":" + port.get() + "…");
    testLines.clear();
    executor.execute(
        () -> tester.apply(this),
        result -> {
          testing.set(false);
          showResult(result);
        },
        failure -> {
          testing.set(false);
          testSummary.set("✗ Connection failed");
          String action = failure instanceof FerryException f ? f.suggestedAction() : "";
          testLines.setAll(new CheckLine("Error", failure.getMessage(), false));
          if (!action.isEmpty()) {
            testLines.add(new CheckLine("Fix", action, null));
          }
        });
  }

  void showResult(ConnectionTest.Result r) {
    List<CheckLine> lines = new ArrayList<>();
    lines.add(new CheckLine("Server", r.server(), true));
    lines.add(new CheckLine("Logged in as", r.account(), null));
    if (source) {
      lines.add(new CheckLine("log_bin", r.logBin() ? "ON" : "OFF", r.logBin()));
      lines.add(new CheckLine("binlog_format", r.binlogFormat(), "ROW".equals(r.binlogFormat())));
      if (!r.binlogRowImage().isEmpty()) {
        lines.add(
            new CheckLine(
                "binlog_row_image", r.binlogRowImage(), "FULL".equals(r.binlogRowImage())));
      }
      lines.add(new CheckLine("GTID", r.gtid(), null));
      testSummary.set(
          r.binlogReady()
              ? "✓ Connected — the binlog is ready for the sync"
              : "⚠ Connected — the binlog is not ready for the sync (see ✗ below)");
    } else {
      testSummary.set("✓ Connected");
    }
    testLines.setAll(lines);
  }

  public boolean isSource() {
    return source;
  }

  public FieldErrors errors() {
    return errors;
  }

  public StringProperty hostProperty() {
    return host;
  }

  public StringProperty portProperty() {
    return port;
  }

  public StringProperty userProperty() {
    return user;
  }

  public ObjectProperty<PasswordMode> passwordModeProperty() {
    return passwordMode;
  }

  public StringProperty passwordProperty() {
    return password;
  }

  public StringProperty envVariableProperty() {
    return envVariable;
  }

  public ObjectProperty<TlsConfig.VerifyMode> tlsModeProperty() {
    return tlsMode;
  }

  public StringProperty sslCaProperty() {
    return sslCa;
  }

  public StringProperty sslCertProperty() {
    return sslCert;
  }

  public StringProperty sslKeyProperty() {
    return sslKey;
  }

  public BooleanProperty testingProperty() {
    return testing;
  }

  public StringProperty testSummaryProperty() {
    return testSummary;
  }

  public ObservableList<CheckLine> testLines() {
    return testLines;
  }
}
