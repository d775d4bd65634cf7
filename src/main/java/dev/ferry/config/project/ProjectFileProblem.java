package dev.ferry.config.project;

/**
 * One reason a project file cannot be used: where ({@code $.task.sources[0].port}), what Ferry
 * expected there, and what it found. Found values are quoted, except passwords, which are never
 * shown.
 */
public record ProjectFileProblem(String jsonPath, String expected, String found) {

  @Override
  public String toString() {
    return jsonPath + ": expected " + expected + ", found " + found;
  }
}
