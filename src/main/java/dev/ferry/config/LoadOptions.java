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
 */
public record LoadOptions(int threads, OnDuplicate onDuplicate, boolean deferSecondaryIndexes) {

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

  public LoadOptions {
    onDuplicate = onDuplicate == null ? OnDuplicate.REPLACE : onDuplicate;
  }

  public static LoadOptions defaults() {
    return new LoadOptions(DEFAULT_THREADS, OnDuplicate.REPLACE, true);
  }
}
