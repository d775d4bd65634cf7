package dev.ferry.engine.ddl;

import java.util.List;

/**
 * One step between a split source DDL and the statements run on the target. The sync runs a chain
 * of stages; today the chain is just {@link DirectDdl}. Shard-DDL coordination (pessimistic: hold
 * until every shard sent the DDL; optimistic: merge schemas) and online-DDL handling (gh-ost /
 * pt-osc shadow tables: drop their DDL, replay it on the real table at the cut-over rename) wrap
 * the next stage and decide what, if anything, reaches the target; the sync itself does not change.
 */
public interface DdlStage {

  /**
   * The target statements for {@code piece}; an empty list runs nothing on the target (the tracked
   * schema and the checkpoint still move).
   */
  List<String> plan(DdlStatement piece, NameMapper names);
}
