package dev.ferry.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recently opened project files, newest first, kept in {@code recent-projects} under
 * Ferry's home directory (one absolute path per line).
 */
public final class RecentProjects {

  public static final int MAX_ENTRIES = 10;

  private final Path file;

  public RecentProjects(Path ferryHome) {
    this.file = ferryHome.resolve("recent-projects");
  }

  /** The remembered projects, newest first. A missing or unreadable file means none. */
  public List<Path> list() {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      List<Path> paths = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          paths.add(Path.of(line.trim()));
        }
      }
      return List.copyOf(paths);
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Puts {@code project} first, removing an older entry for it and anything past the limit. */
  public List<Path> add(Path project) {
    Path normalised = project.toAbsolutePath().normalize();
    List<Path> paths = new ArrayList<>(list());
    paths.remove(normalised);
    paths.add(0, normalised);
    while (paths.size() > MAX_ENTRIES) {
      paths.remove(paths.size() - 1);
    }
    write(paths);
    return List.copyOf(paths);
  }

  private void write(List<Path> paths) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), "recent-projects", ".tmp");
      List<String> lines = paths.stream().map(Path::toString).toList();
      Files.write(temp, lines, StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the recent projects list " + file, e);
    }
  }
}
