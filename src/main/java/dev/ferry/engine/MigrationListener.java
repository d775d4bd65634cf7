package dev.ferry.engine;

import dev.ferry.domain.EventKind;
import dev.ferry.domain.SourceTable;
import dev.ferry.domain.Stage;

/**
 * Rare events of a running task (stage changes, tables finished, errors, event-log entries). All
 * methods are no-ops by default. They are called on engine threads: implementations must return
 * quickly and never block — the engine does not wait for listeners. Frequent progress is not
 * pushed here: poll {@code snapshot()}.
 */
public interface MigrationListener {

  MigrationListener NONE = new MigrationListener() {};

  default void stageChanged(Stage from, Stage to) {}

  default void tableFinished(SourceTable table) {}

  default void event(EventKind kind, String message) {}

  /** An error; {@code retrying} tells whether the engine retries it by itself. */
  default void error(FerryException error, boolean retrying) {}
}
