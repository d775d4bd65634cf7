package dev.ferry.engine.ddl;

import dev.ferry.domain.TableId;

/**
 * A table named in a statement, with the span of the (possibly schema-qualified) name in the text;
 * {@code qualified} tells whether the text wrote the schema or the current schema applied.
 */
public record TableRef(TableId id, int start, int end, boolean qualified) {}
