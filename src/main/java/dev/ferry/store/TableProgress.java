package dev.ferry.store;

import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import dev.ferry.domain.TablePhase;
import java.time.Instant;

/**
 * The stored progress of one table's full copy.
 *
 * @param source the upstream table
 * @param target the table it is copied to
 * @param phase waiting, copying, indexing, done or failed
 * @param rowsEstimated rows expected (from statistics, refined as chunks finish)
 * @param rowsDone rows committed on the target
 * @param bytesDone bytes committed on the target
 * @param lastError the last error on this table, or null
 * @param updatedAt when it last changed
 */
public record TableProgress(
    SourceTable source,
    TableId target,
    TablePhase phase,
    long rowsEstimated,
    long rowsDone,
    long bytesDone,
    String lastError,
    Instant updatedAt) {}
