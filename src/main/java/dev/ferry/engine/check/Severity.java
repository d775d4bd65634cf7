package dev.ferry.engine.check;

/** How much a finding matters: errors stop the task, warnings and infos do not, OK is a pass. */
public enum Severity {
  ERROR,
  WARNING,
  INFO,
  OK
}
