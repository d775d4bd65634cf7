package dev.ferry.config;

/**
 * Options of the dump unit (DM {@code mydumpers}).
 *
 * @param threads concurrent chunk readers (DM {@code threads}, default 4)
 * @param chunkRows rows per chunk for intra-table parallelism (DM {@code rows}, default 200000)
 * @param chunkFilesize target chunk size (DM {@code chunk-filesize}, default {@code 64MiB})
 * @param consistency how the snapshot is made consistent (DM {@code --consistency}, default auto)
 * @param where a row filter applied to every dumped table (DM {@code where}); empty for none
 */
public record DumpOptions(
    int threads, long chunkRows, String chunkFilesize, Consistency consistency, String where) {

  public static final int DEFAULT_THREADS = 4;
  public static final long DEFAULT_CHUNK_ROWS = 200_000;
  public static final String DEFAULT_CHUNK_FILESIZE = "64MiB";

  /** DM's {@code --consistency} values that Ferry supports. */
  public enum Consistency {
    AUTO("auto"),
    FLUSH("flush"),
    LOCK("lock"),
    NONE("none");

    private final String dmName;

    Consistency(String dmName) {
      this.dmName = dmName;
    }

    public String dmName() {
      return dmName;
    }

    public static java.util.Optional<Consistency> fromDmName(String name) {
      return java.util.Arrays.stream(values()).filter(c -> c.dmName.equals(name)).findFirst();
    }
  }

  public DumpOptions {
    consistency = consistency == null ? Consistency.AUTO : consistency;
    chunkFilesize = chunkFilesize == null ? DEFAULT_CHUNK_FILESIZE : chunkFilesize;
    where = where == null ? "" : where;
  }

  public static DumpOptions defaults() {
    return new DumpOptions(
        DEFAULT_THREADS, DEFAULT_CHUNK_ROWS, DEFAULT_CHUNK_FILESIZE, Consistency.AUTO, "");
  }
}
