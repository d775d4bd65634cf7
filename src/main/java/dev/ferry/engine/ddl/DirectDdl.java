package dev.ferry.engine.ddl;

import java.util.List;

/**
 * The last stage: routes names and adds {@code IF [NOT] EXISTS}, one target statement per piece.
 */
public final class DirectDdl implements DdlStage {

  @Override
  public List<String> plan(DdlStatement piece, NameMapper names) {
    String sql = DdlRewriter.rewrite(piece, names);
    return sql == null ? List.of() : List.of(sql);
  }
}
