package dev.ferry.engine.ddl;

import java.util.List;

/** A tracked index: its name, kind and column names in order. */
public record IndexDef(String name, Kind kind, List<String> columns) {

  /** The kinds that matter for applying rows; FULLTEXT and SPATIAL count as plain indexes. */
  public enum Kind {
    PRIMARY,
    UNIQUE,
    INDEX
  }

  public IndexDef {
    columns = List.copyOf(columns);
  }

  public boolean isUnique() {
    return kind != Kind.INDEX;
  }
}
