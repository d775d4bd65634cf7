package dev.ferry.engine.sync;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.TableId;
import dev.ferry.engine.ddl.TableSchema;
import dev.ferry.rules.ExtractedColumn;
import java.util.List;

/**
 * One decoded row change, ready for a worker: the tracked upstream schema it was decoded with, the
 * routed target table and its extra (extract-*) columns, and the before/after images as exact
 * values (see {@link ValueDecoder}).
 *
 * @param before the old row (UPDATE, DELETE), else null
 * @param after the new row (INSERT, UPDATE), else null
 * @param end the end of the upstream transaction it belongs to
 */
record RowChange(
    SourceTransaction.Kind kind,
    TableId source,
    TableId target,
    TableSchema schema,
    List<ExtractedColumn> extraColumns,
    Object[] before,
    Object[] after,
    BinlogPosition end) {}
