package dev.ferry.config.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A project file could not be opened or saved. The message names the file and, for each problem,
 * the JSON path, what was expected and what was found. A failed open never changes the file; a
 * failed save leaves the previous file as it was.
 */
public final class ProjectFileException extends IOException {

  /** Why the file could not be used. */
  public enum Kind {
    /** The file could not be read (missing, no permission, I/O error). */
    UNREADABLE,
    /** The file is not valid JSON (truncated, edited by hand, not a project file). */
    CORRUPT,
    /** The file was written by a newer Ferry; this one does not know its format. */
    NEWER_VERSION,
    /** Valid JSON whose content does not match the project format (types, keys, values). */
    INVALID,
    /** The project holds a typed password and no way to keep it out of the file was given. */
    PLAIN_PASSWORD,
    /** Saving would overwrite a file this Ferry cannot read (newer format or corrupt). */
    WOULD_OVERWRITE,
    /** Writing the file or the secret store failed; the previous file is intact. */
    NOT_SAVED
  }

  private final Kind kind;
  private final Path file;
  private final List<ProjectFileProblem> problems;

  public ProjectFileException(
      Kind kind, Path file, String summary, List<ProjectFileProblem> problems, Throwable cause) {
    super(message(file, summary, problems), cause);
    this.kind = kind;
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  public ProjectFileException(
      Kind kind, Path file, String summary, List<ProjectFileProblem> problems) {
    this(kind, file, summary, problems, null);
  }

  public Kind kind() {
    return kind;
  }

  /** The project file; null when the JSON did not come from a file. */
  public Path file() {
    return file;
  }

  /** Every problem found, in document order; empty when the summary says it all. */
  public List<ProjectFileProblem> problems() {
    return problems;
  }

  /** The JSON path of the first problem, or {@code $} when there is none. */
  public String jsonPath() {
    return problems.isEmpty() ? "$" : problems.get(0).jsonPath();
  }

  private static String message(Path file, String summary, List<ProjectFileProblem> problems) {
    String where = file == null ? "Project" : file.toString();
    if (problems.isEmpty()) {
      return where + ": " + summary;
    }
    return where
        + ": "
        + summary
        + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }
}
