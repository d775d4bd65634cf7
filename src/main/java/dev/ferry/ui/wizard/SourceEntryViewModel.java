package dev.ferry.ui.wizard;

import dev.ferry.config.SourceConfig;
import dev.ferry.config.StartPosition;
import dev.ferry.config.rules.RuleRefs;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One source in the Sources list: its id and connection, plus the settings the wizard keeps. */
public final class SourceEntryViewModel {

  private final StringProperty sourceId = new SimpleStringProperty("");
  private final StringProperty idError = new SimpleStringProperty("");
  private final ConnectionFormViewModel connection = new ConnectionFormViewModel(true, 3306);
  private final StringBinding address =
      Bindings.createStringBinding(
          () -> {
            String host = connection.hostProperty().get().trim();
            return host.isEmpty()
                ? "no host yet"
                : host + ":" + connection.portProperty().get().trim();
          },
          connection.hostProperty(),
          connection.portProperty());
  private Integer serverId;
  private boolean enableGtid;
  private StartPosition meta;

  public SourceEntryViewModel(String id) {
    sourceId.set(id);
  }

  static SourceEntryViewModel of(SourceConfig s) {
    SourceEntryViewModel e = new SourceEntryViewModel(s.sourceId());
    e.connection.load(s.host(), s.port(), s.user(), s.password(), s.tls());
    e.serverId = s.serverId();
    e.enableGtid = s.enableGtid();
    e.meta = s.meta();
    return e;
  }

  /** The source as configured, with the given rules and the options of the Options page. */
  SourceConfig toConfig(RuleRefs refs, OptionsPageViewModel options) {
    return new SourceConfig(
        sourceId.get().trim(),
        connection.hostProperty().get().trim(),
        connection.portNumber(),
        connection.userProperty().get().trim(),
        connection.secret(),
        connection.tls(),
        serverId,
        enableGtid,
        meta,
        refs,
        options.dumpOptions(),
        options.loadOptions(),
        options.syncOptions());
  }

  public StringProperty sourceIdProperty() {
    return sourceId;
  }

  /** The message next to the source id field ("" when fine). */
  public StringProperty idErrorProperty() {
    return idError;
  }

  /** {@code host:port} for the Sources list; "no host yet" while the host is empty. */
  public StringBinding addressProperty() {
    return address;
  }

  public ConnectionFormViewModel connection() {
    return connection;
  }

  @Override
  public String toString() {
    String host = connection.hostProperty().get();
    return sourceId.get()
        + (host.isBlank() ? "" : "  —  " + host + ":" + connection.portProperty().get());
  }
}
