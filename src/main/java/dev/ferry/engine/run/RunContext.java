package dev.ferry.engine.run;

import dev.ferry.config.TaskConfig;
import dev.ferry.engine.MigrationListener;
import dev.ferry.store.StateStore;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** The {@link UnitContext} of one run of a task. */
public record RunContext(
    UUID taskId,
    TaskConfig config,
    StateStore store,
    ProgressRegistry progress,
    MigrationListener listener,
    BooleanSupplier stopFlag)
    implements UnitContext {

  @Override
  public boolean stopRequested() {
    return stopFlag.getAsBoolean();
  }
}
