package dev.ferry.ui.dashboard;

import dev.ferry.domain.Stage;
import dev.ferry.domain.TaskMode;
import java.util.ArrayList;
import java.util.List;

/** The dashboard's stage timeline: Check → Copy → Sync, as far as the task mode has them. */
final class StageTimeline {

  private StageTimeline() {}

  /**
   * The steps for a task in {@code s}.
   *
   * @param lastWorkingStage the last running stage seen, to place a pause or failure
   * @param overall the copy's overall fraction, shown on the active Copy step
   */
  static List<StageStep> steps(TaskMode mode, Stage s, Stage lastWorkingStage, double overall) {
    List<String> names = new ArrayList<>(List.of("Check"));
    if (mode.hasDump()) {
      names.add("Copy");
    }
    if (mode.hasSync()) {
      names.add("Sync");
    }
    Stage at = s.isRunning() || s == Stage.NEW ? s : lastWorkingStage;
    int current =
        switch (at) {
          case NEW, CHECKING -> 0;
          case DUMPING, LOADING -> names.indexOf("Copy");
          case SYNCING -> names.indexOf("Sync");
          default -> names.size();
        };
    List<StageStep> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      StageStep.State state;
      if (s == Stage.FINISHED || i < current) {
        state = StageStep.State.DONE;
      } else if (i > current) {
        state = StageStep.State.PENDING;
      } else if (s == Stage.FAILED) {
        state = StageStep.State.FAILED;
      } else if (s == Stage.PAUSED || s == Stage.STOPPED) {
        state = StageStep.State.PAUSED;
      } else {
        state = StageStep.State.ACTIVE;
      }
      String detail = state.word();
      if (names.get(i).equals("Copy") && state == StageStep.State.ACTIVE) {
        detail = Math.round(overall * 100) + "%";
      }
      out.add(new StageStep(names.get(i), state, detail));
    }
    return out;
  }

  /** The stage in words, for the line under the timeline. */
  static String describe(Stage s) {
    return switch (s) {
      case NEW -> "Starting…";
      case CHECKING -> "Checking the servers";
      case DUMPING, LOADING -> "Copying tables";
      case SYNCING -> "Syncing from the binlog";
      case PAUSED -> "‖ Paused — resume continues from the checkpoints";
      case STOPPED -> "■ Stopped — resume continues from the checkpoints";
      case FAILED -> "✗ Failed";
      case FINISHED -> "✓ Finished";
    };
  }
}
