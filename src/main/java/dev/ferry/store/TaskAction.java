package dev.ferry.store;

/** What one process can ask the process running a task to do (e.g. {@code ferry pause}). */
public enum TaskAction {
  PAUSE,
  RESUME,
  STOP
}
