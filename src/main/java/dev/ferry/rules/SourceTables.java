package dev.ferry.rules;

import dev.ferry.config.rules.RuleRefs;
import dev.ferry.domain.TableId;
import java.util.List;

/** Preview input for one source: its id, the rules it uses and the tables it has. */
public record SourceTables(String sourceId, RuleRefs refs, List<TableId> tables) {

  public SourceTables {
    tables = List.copyOf(tables);
  }
}
