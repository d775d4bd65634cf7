package dev.ferry.engine.run;

import dev.ferry.domain.TaskUnit;

/**
 * One step of a task's chain (check, dump, load, sync). Contract:
 *
 * <ul>
 *   <li><b>Start</b>: from the checkpoints in {@link UnitContext#store()} when there are any
 *       (resume), otherwise from the beginning. Work already committed is never redone wrongly:
 *       what a unit re-does it makes exact (e.g. delete a chunk's key range, then reload it).
 *   <li><b>Stop</b>: polls {@link UnitContext#stopRequested()} (and honours interrupts) and
 *       returns within seconds, after persisting checkpoints for everything the target committed.
 *   <li><b>Persist</b>: a checkpoint only after the target committed what it covers, and only at a
 *       transaction boundary.
 *   <li><b>Fail</b>: by throwing {@link dev.ferry.engine.FerryException}; its error code decides
 *       whether the task retries by itself.
 * </ul>
 */
public interface Unit {

  TaskUnit kind();

  /** Runs until the unit's work is done or a stop is requested. */
  void run(UnitContext context) throws InterruptedException;
}
