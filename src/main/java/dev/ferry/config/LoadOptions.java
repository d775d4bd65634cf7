package dev.ferry.config;

/**
 * Options of the load unit (DM {@code loaders}).
 *
 * @param threads concurrent target writers (DM {@code pool-size}). Ferry's default is 4, not DM's
 *     16: DM's value is TiDB Lightning's region concurrency, while Ferry's writers are connections
 *     sharing a desktop's cores with the source and target.
 * @param onDuplicate what a row that already exists on the target does (DM {@code
 *     on-duplicate-logical}, default replace)
 * @param deferSecondaryIndexes create tables with their primary key only and add the other indexes
 *     after the table's rows are loaded (Ferry option, default on)
 * @param onExistingTable what the full copy does with a target table that exists before the copy
 *     created it (Ferry option {@code on-existing-table}, default fail; DM has no such key: its
 *     logical import writes into existing tables)
 */
public record LoadOptions(
    int threads, OnDuplicate onDuplicate, boolean deferSecondaryIndexes, OnExistingTable onExistingTable) {

  public static final int DEFAULT_THREADS = 4;

  /** DM's {@code on-duplicate-logical}. */
  public enum OnDuplicate {
    REPLACE("replace"),
    IGNORE("ignore"),
    ERROR("error");

    private final String dmName;

    OnDuplicate(String dmName) {
      this.dmName = dmName;
    }

    public String dmName() {
      return dmName;
    }

    public static java.util.Optional<OnDuplicate> fromDmName(String name) {
      return java.util.Arrays.stream(values()).filter(o -> o.dmName.equals(name)).findFirst();
    }
  }

  /**
   * Ferry's {@code on-existing-table}: a target table that exists before the copy created it. A
   * table this task's copy created on an earlier run is never "existing": a resumed copy continues
   * into it.
   */
  public enum OnExistingTable {
    /** Stop before any row is written, naming the tables (default: never mix data by accident). */
    FAIL("fail"),
    /** Keep the table and its rows; copied rows are added per {@code on-duplicate-logical}. */
    APPEND("append"),
    /** Drop the table and create it from the source's definition. */
    RECREATE("recreate");

    private final String dmName;

    OnExistingTable(String dmName) {
      this.dmName = dmName;
    }

    /** The project-file spelling ({@code fail}, {@code append}, {@code recreate}). */
    public String dmName() {
      return dmName;
    }

    public static java.util.Optional<OnExistingTable> fromDmName(String name) {
      return java.util.Arrays.stream(values()).filter(o -> o.dmName.equals(name)).findFirst();
    }
  }

  public LoadOptions {
    onDuplicate = onDuplicate == null ? OnDuplicate.REPLACE : onDuplicate;
    onExistingTable = onExistingTable == null ? OnExistingTable.FAIL : onExistingTable;
  }

  /** With the default {@code on-existing-table} ({@link OnExistingTable#FAIL}). */
  public LoadOptions(int threads, OnDuplicate onDuplicate, boolean deferSecondaryIndexes) {
    this(threads, onDuplicate, deferSecondaryIndexes, OnExistingTable.FAIL);
  }

  public static LoadOptions defaults() {
    return new LoadOptions(DEFAULT_THREADS, OnDuplicate.REPLACE, true, OnExistingTable.FAIL);
  }

  /** The same options with another {@code on-existing-table}. */
  public LoadOptions withOnExistingTable(OnExistingTable value) {
    return new LoadOptions(threads, onDuplicate, deferSecondaryIndexes, value);
  }
}
