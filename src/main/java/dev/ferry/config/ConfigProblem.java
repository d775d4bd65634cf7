package dev.ferry.config;

/**
 * One problem found in a task configuration: where ({@code sources[1].port}, {@code
 * routes.r1.schema-pattern}), what is wrong, and how to fix it. Validation returns all of them at
 * once and never corrects a value silently.
 */
public record ConfigProblem(Severity severity, String path, String message, String fix) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public static ConfigProblem error(String path, String message, String fix) {
    return new ConfigProblem(Severity.ERROR, path, message, fix);
  }

  public static ConfigProblem warning(String path, String message, String fix) {
    return new ConfigProblem(Severity.WARNING, path, message, fix);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public String toString() {
    return severity + " " + path + ": " + message + (fix == null || fix.isEmpty() ? "" : " Fix: " + fix);
  }
}
