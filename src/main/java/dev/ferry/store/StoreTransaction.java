package dev.ferry.store;

/**
 * The stores bound to one open transaction (see {@link StateStore#inTransaction}): everything
 * written through them is committed together or not at all. Valid only inside the callback that
 * received it; do not use the {@link StateStore}'s own stores from inside (they use another
 * connection and could wait for this transaction's row locks).
 */
public final class StoreTransaction implements Stores {

  private final TaskStore tasks;
  private final CheckpointStore checkpoints;
  private final ChunkStore chunks;
  private final ProgressStore progress;
  private final SchemaStore schemas;
  private final EventLog events;
  private final ErrorStore errors;
  private final DdlDecisionStore ddlDecisions;

  StoreTransaction(Sql sql) {
    this.tasks = new TaskStore(sql);
    this.checkpoints = new CheckpointStore(sql);
    this.chunks = new ChunkStore(sql);
    this.progress = new ProgressStore(sql);
    this.schemas = new SchemaStore(sql);
    this.events = new EventLog(sql);
    this.errors = new ErrorStore(sql);
    this.ddlDecisions = new DdlDecisionStore(sql);
  }

  @Override
  public TaskStore tasks() {
    return tasks;
  }

  @Override
  public CheckpointStore checkpoints() {
    return checkpoints;
  }

  @Override
  public ChunkStore chunks() {
    return chunks;
  }

  @Override
  public ProgressStore progress() {
    return progress;
  }

  @Override
  public SchemaStore schemas() {
    return schemas;
  }

  @Override
  public EventLog events() {
    return events;
  }

  @Override
  public ErrorStore errors() {
    return errors;
  }

  @Override
  public DdlDecisionStore ddlDecisions() {
    return ddlDecisions;
  }
}
