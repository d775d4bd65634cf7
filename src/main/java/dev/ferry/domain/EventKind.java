package dev.ferry.domain;

/** What an entry of a task's event log records. */
public enum EventKind {
  STAGE_CHANGED,
  DDL_APPLIED,
  DDL_SKIPPED,
  RETRY,
  WARNING,
  ERROR,
  INFO
}
