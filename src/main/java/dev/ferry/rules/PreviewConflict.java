package dev.ferry.rules;

import dev.ferry.domain.TableId;
import java.util.List;

/**
 * A problem the preview found.
 *
 * @param target the target table concerned (for {@link Kind#AMBIGUOUS_ROUTE}, the source table)
 * @param sources the source tables involved
 * @param ruleNames the route rules involved
 */
public record PreviewConflict(
    Kind kind, TableId target, List<Source> sources, List<String> ruleNames, String message) {

  public PreviewConflict {
    sources = List.copyOf(sources);
    ruleNames = List.copyOf(ruleNames);
  }

  /** The kinds of conflict. */
  public enum Kind {
    /** A table matches more than one route rule at the same level. */
    AMBIGUOUS_ROUTE,
    /** Several source tables go to one target table while shard mode is off. */
    MERGE_WITHOUT_SHARD_MODE
  }

  /** A source table. */
  public record Source(String sourceId, TableId table) {}
}
