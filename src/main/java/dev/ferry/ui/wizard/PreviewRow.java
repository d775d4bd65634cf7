package dev.ferry.ui.wizard;

/**
 * One line of the route preview: where a ticked source table goes.
 *
 * @param rule the route that decided, "" when the name is kept
 * @param extraColumns the values the route's extract columns get ({@code c='v', ...}), "" when none
 * @param message why the line is a conflict or a merge, "" otherwise
 */
public record PreviewRow(
    String sourceId,
    String source,
    String target,
    String rule,
    String extraColumns,
    Status status,
    String message) {

  /** What happens to the table. */
  public enum Status {
    SAME_NAME("same name"),
    RENAMED("renamed"),
    MERGED("merged (shard)"),
    CONFLICT("conflict");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
