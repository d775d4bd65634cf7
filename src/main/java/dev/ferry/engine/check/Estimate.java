package dev.ferry.engine.check;

import dev.ferry.engine.db.DbException;
import dev.ferry.engine.db.Quoting;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;

/**
 * How much one source copies and how long it may take: rows and bytes from information_schema,
 * speed from reading the start of the largest selected table for a short, bounded time.
 *
 * @param duration empty when nothing could be sampled
 */
record Estimate(long tables, long rows, long bytes, Optional<Duration> duration, String sample) {

  /**
   * Rows sampled at most; the read also stops after the time budget. Enough for a rate (a few
   * megabytes), small enough that the precheck of a run stays short: the rows are streamed, and
   * closing the statement early still reads the rest of them.
   */
  static final int SAMPLE_ROWS = 10_000;

  static Estimate of(ServerSession s, SourceCatalog catalog, int threads, Duration budget) {
    long rows = catalog.totalRows();
    long bytes = catalog.totalBytes();
    Optional<TableInfo> largest =
        catalog.selected().stream().filter(t -> t.rows() > 0).max(Comparator.comparingLong(TableInfo::dataBytes));
    if (largest.isEmpty()) {
      return new Estimate(catalog.selected().size(), rows, bytes, Optional.empty(), "");
    }
    TableInfo t = largest.get();
    long read = 0;
    long start = System.nanoTime();
    long deadline = start + budget.toNanos();
    try (Statement st = s.connection().createStatement()) {
      st.setQueryTimeout((int) Math.max(1, budget.toSeconds() * 5));
      st.setFetchSize(Integer.MIN_VALUE); // streamed: rows counted as they arrive
      try (ResultSet rs = st.executeQuery("SELECT * FROM " + Quoting.table(t.id()) + " LIMIT " + SAMPLE_ROWS)) {
        while (rs.next() && System.nanoTime() < deadline) {
          read++;
        }
      }
    } catch (SQLException e) {
      throw DbException.of(s.label(), e);
    }
    double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    double rowsPerSecond = read / seconds;
    double avgRow = t.rows() > 0 ? (double) t.dataBytes() / t.rows() : 0;
    int parallel = (int) Math.max(1, Math.min(threads, catalog.selected().size()));
    Optional<Duration> duration =
        rowsPerSecond <= 0
            ? Optional.empty()
            : Optional.of(Duration.ofSeconds((long) Math.ceil(rows / (rowsPerSecond * parallel))));
    String sample = String.format("read %d rows of %s in %.2f s (%.0f rows/s, about %s/s)",
        read, Quoting.table(t.id()), seconds, rowsPerSecond, TargetCheck.mib((long) (rowsPerSecond * avgRow)));
    return new Estimate(catalog.selected().size(), rows, bytes, duration, sample);
  }

  Finding finding(String target) {
    String found = String.format("about %,d rows, %s in %d table(s)%s", rows, TargetCheck.mib(bytes), tables,
        duration.map(d -> "; expected copy time " + human(d)).orElse(""));
    return Finding.info(CheckItem.ESTIMATE, target, found,
        sample.isEmpty() ? "Row counts are the server's estimates." :
            "Row counts are the server's estimates; the speed comes from a short read (" + sample
                + ") and ignores the target's write speed.", "");
  }

  static String human(Duration d) {
    long s = d.toSeconds();
    if (s < 60) {
      return Math.max(1, s) + " s";
    }
    if (s < 3600) {
      return (s / 60) + " min";
    }
    return String.format("%.1f h", s / 3600.0);
  }
}
