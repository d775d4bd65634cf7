package dev.ferry.engine.load;

import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;

/** A source table the rules selected and the target table it is copied to (routed name). */
public record CopyTable(SourceTable source, TableId target) {}
