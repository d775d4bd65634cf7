package dev.ferry.engine.load;

import com.mysql.cj.jdbc.JdbcStatement;
import dev.ferry.config.LoadOptions.OnDuplicate;
import dev.ferry.domain.TableId;
import dev.ferry.engine.dump.BatchQueue;
import dev.ferry.engine.dump.RowBatch;
import dev.ferry.engine.dump.TableShape;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one chunk's rows from a {@link BatchQueue} into the target, inside the caller's
 * transaction (the caller commits, then records the chunk as done). Uses {@code LOAD DATA LOCAL
 * INFILE} fed from memory; when the target refuses local infile it switches, for the rest of the
 * copy, to multi-row INSERTs of at most {@link #INSERT_BYTES}.
 */
public final class ChunkWriter {

  private static final Logger LOG = LoggerFactory.getLogger(ChunkWriter.class);

  /** Size of one fallback INSERT statement; well below the default max_allowed_packet. */
  static final int INSERT_BYTES = 1 << 20;

  /** Errors meaning "local infile is not allowed here" (MySQL 1148/3948, driver 2068, MariaDB 4166). */
  private static final Set<Integer> LOCAL_INFILE_REFUSED = Set.of(1148, 3948, 2068, 4166);

  /** Warnings that the duplicate policy expects (duplicate key under IGNORE). */
  private static final int DUPLICATE_KEY = 1062;

  private final OnDuplicate onDuplicate;
  private final AtomicBoolean useInsert;

  /**
   * @param useInsert shared by the writers of one copy: once set, all write with INSERT
   */
  public ChunkWriter(OnDuplicate onDuplicate, AtomicBoolean useInsert) {
    this.onDuplicate = onDuplicate;
    this.useInsert = useInsert;
  }

  /** Rows and source bytes written. */
  public record Written(long rows, long bytes) {}

  public Written write(Connection target, TableShape shape, TableId table, BatchQueue rows)
      throws SQLException, InterruptedException {
    if (!useInsert.get()) {
      BatchInputStream in = new BatchInputStream(rows);
      try (Statement s = target.createStatement()) {
        s.unwrap(JdbcStatement.class).setLocalInfileInputStream(in);
        String duplicate =
            switch (onDuplicate) {
              case REPLACE -> "REPLACE";
              case IGNORE, ERROR -> "IGNORE"; // LOCAL ignores duplicates anyway; ERROR is checked below
            };
        s.execute(LoadDataFormat.statement(shape, table, duplicate));
        checkWarnings(s, table);
        return new Written(in.rows(), in.bytes());
      } catch (SQLException e) {
        if (in.failure() != null) {
          throw in.failure(); // the reader's error, not the symptom
        }
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException("stopped while loading " + table);
        }
        if (in.rows() == 0 && LOCAL_INFILE_REFUSED.contains(e.getErrorCode())) {
          if (useInsert.compareAndSet(false, true)) {
            LOG.warn("The target refuses LOAD DATA LOCAL ({}); writing with INSERT instead", e.getMessage());
          }
        } else {
          throw e;
        }
      }
    }
    return insert(target, shape, table, rows);
  }

  private Written insert(Connection target, TableShape shape, TableId table, BatchQueue rows)
      throws SQLException, InterruptedException {
    String verb =
        switch (onDuplicate) {
          case REPLACE -> "REPLACE";
          case IGNORE -> "INSERT IGNORE";
          case ERROR -> "INSERT";
        };
    String prefix = InsertFormat.prefix(shape, table, verb);
    long count = 0;
    long bytes = 0;
    StringBuilder sql = new StringBuilder(prefix);
    int inStatement = 0;
    // a reader's failure reaches the caller as the queue's ProducerFailedException
    try (Statement s = target.createStatement()) {
      for (RowBatch batch = rows.take(); batch != null; batch = rows.take()) {
        for (byte[][] row : batch.rows()) {
          if (inStatement > 0) {
            sql.append(", ");
          }
          InsertFormat.appendRow(sql, shape.copied(), row);
          inStatement++;
          if (sql.length() >= INSERT_BYTES) {
            s.executeUpdate(sql.toString());
            sql.setLength(0);
            sql.append(prefix);
            inStatement = 0;
          }
        }
        count += batch.rows().size();
        bytes += batch.bytes();
      }
      if (inStatement > 0) {
        s.executeUpdate(sql.toString());
      }
    }
    return new Written(count, bytes);
  }

  /** LOCAL turns data errors into warnings; an exact copy treats them as errors. */
  private void checkWarnings(Statement s, TableId table) throws SQLException {
    if (s.getWarnings() == null) {
      return;
    }
    List<String> problems = new ArrayList<>();
    try (ResultSet rs = s.executeQuery("SHOW WARNINGS LIMIT 5")) {
      while (rs.next()) {
        int code = rs.getInt(2);
        if ("Note".equalsIgnoreCase(rs.getString(1))
            || (code == DUPLICATE_KEY && onDuplicate == OnDuplicate.IGNORE)) {
          continue;
        }
        problems.add(code + " " + rs.getString(3));
      }
    }
    if (!problems.isEmpty()) {
      throw new SQLException(
          "The target changed or rejected values while loading " + table + ": " + String.join("; ", problems),
          "22000",
          0);
    }
  }
}
