package dev.ferry.ui.dashboard;

/** One step of the stage timeline (Check, Copy, Sync) and how far it is. */
public record StageStep(String name, State state, String detail) {

  /** Where a step is; the view shows a word and a mark for each, never colour alone. */
  public enum State {
    PENDING("○", "waiting"),
    ACTIVE("●", "running"),
    PAUSED("‖", "paused"),
    DONE("✓", "done"),
    FAILED("✗", "failed");

    private final String mark;
    private final String word;

    State(String mark, String word) {
      this.mark = mark;
      this.word = word;
    }

    public String mark() {
      return mark;
    }

    public String word() {
      return word;
    }
  }
}
