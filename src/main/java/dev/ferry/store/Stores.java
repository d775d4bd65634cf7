package dev.ferry.store;

/**
 * The focused stores of one task database. {@link StateStore} runs each call in a transaction of
 * its own; {@link StoreTransaction} runs them all in one transaction, so code that writes state can
 * take a {@code Stores} and work either way.
 */
public interface Stores {

  /** Tasks: stage, unit, stage history, control requests. */
  TaskStore tasks();

  /** Binlog checkpoints, global per source and per table. */
  CheckpointStore checkpoints();

  /** Chunks of the full copy. */
  ChunkStore chunks();

  /** Per-table progress of the full copy. */
  ProgressStore progress();

  /** Tracked table schemas, with their history by binlog position. */
  SchemaStore schemas();

  /** The event log: stage changes, DDL applied or skipped, retries, warnings. */
  EventLog events();

  /** Errors shown to the user, with their suggested action. */
  ErrorStore errors();

  /** DDL the target rejected and the user's skip/replace decisions (DM's binlog skip|replace). */
  DdlDecisionStore ddlDecisions();
}
