package dev.ferry.engine.load;

/** What the copy does with a target table that exists before the copy created it. */
public enum ExistingTables {
  /** Stop with a message naming the table (default: never mix data by accident). */
  FAIL,
  /** Keep the table and its rows; copied rows are added per the duplicate policy. */
  APPEND,
  /** Drop the table and create it from the source's definition. */
  RECREATE
}
