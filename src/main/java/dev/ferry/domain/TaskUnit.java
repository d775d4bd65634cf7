package dev.ferry.domain;

/** The units a task is made of, in chain order; the task mode picks which ones run. */
public enum TaskUnit {
  CHECK,
  DUMP,
  LOAD,
  SYNC
}
