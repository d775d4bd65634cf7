package dev.ferry.engine.dump;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Streams one chunk's rows from a source connection (inside its snapshot transaction) into a
 * {@link BatchQueue}, batched by bytes. Rows are never all in memory: the result set streams.
 */
public final class ChunkReader {

  /** A batch is handed over when it holds this many bytes ... */
  static final long BATCH_BYTES = 1 << 20;

  /** ... or this many rows. */
  static final int BATCH_ROWS = 4096;

  private ChunkReader() {}

  /** The SELECT that reads {@code chunk}; {@code where} is an extra row filter or empty. */
  public static String select(TableShape shape, PlannedChunk chunk, String where) {
    StringBuilder sql = new StringBuilder("SELECT ");
    List<Column> copied = shape.copied();
    for (int i = 0; i < copied.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(copied.get(i).selectExpression());
    }
    sql.append(" FROM ").append(shape.table().table().quoted());
    sql.append(" WHERE ").append(ChunkPredicate.of(shape.key(), chunk));
    if (where != null && !where.isBlank()) {
      sql.append(" AND (").append(where).append(')');
    }
    return sql.toString();
  }

  /**
   * Reads the chunk into {@code out} and finishes it. Returns the number of rows read.
   *
   * @param stop polled between batches; when true the read ends early with an {@link
   *     InterruptedException}
   */
  public static long read(
      Connection source, TableShape shape, PlannedChunk chunk, String where, BatchQueue out, BooleanSupplier stop)
      throws SQLException, InterruptedException {
    try {
      return stream(source, shape, chunk, where, out, stop);
    } catch (InterruptedException | BatchQueue.AbortedException e) {
      // Closing a half-read streamed result set would read the rest of the chunk first; abort the
      // connection instead so a stop is prompt (its snapshot is over anyway).
      try {
        source.abort(Runnable::run);
      } catch (SQLException | RuntimeException ignored) {
        // already failing; the original reason is what matters
      }
      throw e;
    }
  }

  private static long stream(
      Connection source, TableShape shape, PlannedChunk chunk, String where, BatchQueue out, BooleanSupplier stop)
      throws SQLException, InterruptedException {
    int columns = shape.copied().size();
    long total = 0;
    try (Statement s = source.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      s.setFetchSize(Integer.MIN_VALUE); // Connector/J: stream, never buffer the chunk
      try (ResultSet rs = s.executeQuery(select(shape, chunk, where))) {
        List<byte[][]> rows = new ArrayList<>();
        long bytes = 0;
        while (rs.next()) {
          byte[][] row = new byte[columns][];
          for (int i = 0; i < columns; i++) {
            byte[] v = rs.getBytes(i + 1);
            row[i] = v;
            bytes += v == null ? 1 : v.length + 1;
          }
          rows.add(row);
          if (bytes >= BATCH_BYTES || rows.size() >= BATCH_ROWS) {
            checkStop(stop);
            out.put(new RowBatch(rows, bytes));
            total += rows.size();
            rows = new ArrayList<>();
            bytes = 0;
          }
        }
        if (!rows.isEmpty()) {
          out.put(new RowBatch(rows, bytes));
          total += rows.size();
        }
      }
    }
    out.finish();
    return total;
  }

  private static void checkStop(BooleanSupplier stop) throws InterruptedException {
    if (stop.getAsBoolean() || Thread.currentThread().isInterrupted()) {
      throw new InterruptedException("stop requested");
    }
  }
}
