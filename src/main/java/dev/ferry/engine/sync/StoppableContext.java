package dev.ferry.engine.sync;

import dev.ferry.config.TaskConfig;
import dev.ferry.engine.MigrationListener;
import dev.ferry.engine.run.ProgressRegistry;
import dev.ferry.engine.run.UnitContext;
import dev.ferry.store.StateStore;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** A unit context that also stops when one of several source syncs failed. */
final class StoppableContext implements UnitContext {

  private final UnitContext delegate;
  private final BooleanSupplier extraStop;

  StoppableContext(UnitContext delegate, BooleanSupplier extraStop) {
    this.delegate = delegate;
    this.extraStop = extraStop;
  }

  @Override
  public UUID taskId() {
    return delegate.taskId();
  }

  @Override
  public TaskConfig config() {
    return delegate.config();
  }

  @Override
  public StateStore store() {
    return delegate.store();
  }

  @Override
  public ProgressRegistry progress() {
    return delegate.progress();
  }

  @Override
  public MigrationListener listener() {
    return delegate.listener();
  }

  @Override
  public boolean stopRequested() {
    return delegate.stopRequested() || extraStop.getAsBoolean();
  }
}
