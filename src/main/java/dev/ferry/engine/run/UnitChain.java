package dev.ferry.engine.run;

import dev.ferry.domain.Stage;
import dev.ferry.domain.TaskMode;
import dev.ferry.domain.TaskUnit;
import java.util.List;

/**
 * Which units a task mode runs, in order, and the stage each unit shows (DM's unit chain). Ferry
 * streams the dump straight into the target, so one unit ({@link TaskUnit#DUMP}) does DM's dump and
 * load; {@link TaskUnit#LOAD} is kept for a future "load an existing dump" mode.
 */
public final class UnitChain {

  private UnitChain() {}

  public static List<TaskUnit> of(TaskMode mode) {
    return switch (mode) {
      case FULL -> List.of(TaskUnit.CHECK, TaskUnit.DUMP);
      case INCREMENTAL -> List.of(TaskUnit.CHECK, TaskUnit.SYNC);
      case ALL -> List.of(TaskUnit.CHECK, TaskUnit.DUMP, TaskUnit.SYNC);
    };
  }

  public static Stage stageOf(TaskUnit unit) {
    return switch (unit) {
      case CHECK -> Stage.CHECKING;
      case DUMP -> Stage.DUMPING;
      case LOAD -> Stage.LOADING;
      case SYNC -> Stage.SYNCING;
    };
  }

  /**
   * The units still to run when a task resumes at {@code current}: that unit and the ones after
   * it; the precheck always runs again first, since servers may have changed meanwhile.
   */
  public static List<TaskUnit> remaining(TaskMode mode, TaskUnit current) {
    List<TaskUnit> chain = of(mode);
    int at = chain.indexOf(current);
    if (at < 0) {
      throw new IllegalArgumentException(current + " is not part of a " + mode.dmName() + " task");
    }
    if (current == TaskUnit.CHECK) {
      return chain;
    }
    List<TaskUnit> rest = new java.util.ArrayList<>();
    rest.add(TaskUnit.CHECK);
    rest.addAll(chain.subList(at, chain.size()));
    return List.copyOf(rest);
  }
}
