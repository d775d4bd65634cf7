package dev.ferry.config.project;

import dev.ferry.config.AtomicFiles;
import dev.ferry.config.Secret;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.secret.SecretException;
import dev.ferry.config.secret.SecretStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Opens and saves {@code .ferry} project files.
 *
 * <ul>
 *   <li>Opening only reads: a failed open (corrupt, newer, invalid) leaves the file untouched. An
 *       older format is upgraded in memory and written in the current format on the next save.
 *   <li>Saving is atomic ({@link AtomicFiles}): a crash leaves the old file or the new one. It
 *       refuses to overwrite a file this Ferry cannot read (a newer format, or not a project).
 *   <li>No plain password is ever written. {@link #save(Project, Path, SecretStore)} moves typed
 *       passwords into the machine's encrypted store and writes only their ids; {@link
 *       #save(Project, Path)} refuses a project that holds one.
 * </ul>
 */
public final class ProjectFiles {

  /** The file name extension of project files. */
  public static final String EXTENSION = ".ferry";

  private final Clock clock;
  private final AtomicFiles.ContentWriter writer;

  public ProjectFiles() {
    this(Clock.systemUTC(), AtomicFiles.FULL_WRITE);
  }

  /** For tests: a fixed clock, and a writer that can fail half-way. */
  ProjectFiles(Clock clock, AtomicFiles.ContentWriter writer) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  /**
   * Reads the project in {@code file}.
   *
   * @throws ProjectFileException with kind {@code UNREADABLE}, {@code CORRUPT}, {@code
   *     NEWER_VERSION} or {@code INVALID}; the message names the file and each JSON path
   */
  public Project open(Path file) throws ProjectFileException {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw unreadable(file, "the file does not exist", e);
    } catch (IOException e) {
      throw unreadable(file, "the file cannot be read: " + e.getMessage(), e);
    }
    return ProjectJson.read(content, file);
  }

  /**
   * Saves {@code project}, which must not hold a typed password (use {@code ${ask}}, {@code
   * ${env:NAME}} or a remembered one), and returns it as saved (with {@code modified} set).
   *
   * @throws ProjectFileException {@code PLAIN_PASSWORD} listing the passwords' paths, {@code
   *     WOULD_OVERWRITE} or {@code NOT_SAVED}; the file on disk is unchanged
   */
  public Project save(Project project, Path file) throws ProjectFileException {
    List<String> plain = PlainPasswords.paths(project.task());
    if (!plain.isEmpty()) {
      throw new ProjectFileException(
          ProjectFileException.Kind.PLAIN_PASSWORD,
          file,
          "not saved: project files never hold passwords. Choose, for each password below, to be"
              + " asked when the task starts, to read it from an environment variable, or to"
              + " remember it on this machine:",
          plain.stream()
              .map(p -> new ProjectFileProblem(p, SecretText.EXPECTED, "a typed password"))
              .toList());
    }
    return write(project, file);
  }

  /**
   * Saves {@code project}, first moving each typed password into {@code store} (encrypted, on this
   * machine) so that the file holds only {@code ${remembered:ID}}. Returns the project as saved:
   * callers should keep using it, so that saving again does not remember the passwords again.
   *
   * @throws ProjectFileException {@code WOULD_OVERWRITE} or {@code NOT_SAVED}; the file on disk is
   *     unchanged
   */
  public Project save(Project project, Path file, SecretStore store) throws ProjectFileException {
    checkOverwrite(file);
    TaskConfig task;
    try {
      task =
          PlainPasswords.replace(
              project.task(), plain -> Secret.remembered(store.remember(plain.value())));
    } catch (SecretException e) {
      throw new ProjectFileException(
          ProjectFileException.Kind.NOT_SAVED,
          file,
          "not saved: a password could not be remembered: " + e.getMessage(),
          List.of(),
          e);
    }
    return write(project.withTask(task), file);
  }

  private Project write(Project project, Path file) throws ProjectFileException {
    checkOverwrite(file);
    Project saved = project.withModified(clock.instant());
    byte[] content = ProjectJson.write(saved);
    try {
      AtomicFiles.write(file, content, writer);
    } catch (IOException e) {
      throw new ProjectFileException(
          ProjectFileException.Kind.NOT_SAVED,
          file,
          "not saved (the previous file is unchanged): " + e.getMessage(),
          List.of(),
          e);
    }
    return saved;
  }

  /** Refuses to replace a file that is not a project this Ferry can read. */
  private static void checkOverwrite(Path file) throws ProjectFileException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    byte[] existing;
    try {
      existing = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ProjectFileException(
          ProjectFileException.Kind.NOT_SAVED,
          file,
          "not saved: the existing file cannot be read: " + e.getMessage(),
          List.of(),
          e);
    }
    if (existing.length == 0) {
      return;
    }
    int version = ProjectJson.peekVersion(existing);
    if (version < 0 || version > ProjectJson.CURRENT_VERSION) {
      String what =
          version < 0
              ? "it is not a Ferry project (or is damaged)"
              : "it was saved by a newer Ferry (format " + version + ")";
      throw new ProjectFileException(
          ProjectFileException.Kind.WOULD_OVERWRITE,
          file,
          "not saved: the existing file would be lost, because "
              + what
              + ". Save under another name, or move the file away first.",
          List.of());
    }
  }

  private static ProjectFileException unreadable(Path file, String why, IOException cause) {
    return new ProjectFileException(
        ProjectFileException.Kind.UNREADABLE, file, why, List.of(), cause);
  }
}
