package dev.ferry.engine;

import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import dev.ferry.domain.TablePhase;
import java.time.Duration;

/**
 * One table's progress at the moment of a {@link ProgressSnapshot}.
 *
 * @param rowsEstimated from table statistics, refined as chunks finish; 0 when unknown
 * @param rowsPerSecond copy rate over the last seconds
 * @param eta time left for the copy, null when unknown or done
 * @param inserts rows inserted by the sync (likewise updates, deletes, DDLs)
 * @param lastError the last error's message, null when none
 */
public record TableProgress(
    SourceTable source,
    TableId target,
    TablePhase phase,
    long rowsDone,
    long rowsEstimated,
    long bytesDone,
    double rowsPerSecond,
    Duration eta,
    long inserts,
    long updates,
    long deletes,
    long ddls,
    String lastError) {

  /** Fraction done in [0, 1]; 1 when done, 0 when nothing is known. */
  public double fraction() {
    if (phase == TablePhase.DONE) {
      return 1.0;
    }
    if (rowsEstimated <= 0) {
      return 0.0;
    }
    return Math.min(1.0, (double) rowsDone / rowsEstimated);
  }
}
