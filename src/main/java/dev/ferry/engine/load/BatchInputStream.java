package dev.ferry.engine.load;

import dev.ferry.engine.dump.BatchQueue;
import dev.ferry.engine.dump.RowBatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * The rows of a {@link BatchQueue} as the byte stream Connector/J sends for {@code LOAD DATA LOCAL
 * INFILE}: batches are encoded one at a time as the driver reads, so only the current batch is in
 * memory. Counts the rows and bytes it handed out.
 */
final class BatchInputStream extends InputStream {

  private final BatchQueue queue;
  private final ByteSink encoder = new ByteSink(1 << 20);
  private byte[] current = new byte[0];
  private int limit;
  private int pos;
  private boolean ended;
  private long rows;
  private long bytes;
  private RuntimeException failure;

  BatchInputStream(BatchQueue queue) {
    this.queue = queue;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (pos >= limit) {
      if (ended || !nextBatch()) {
        return -1;
      }
    }
    int n = Math.min(len, limit - pos);
    System.arraycopy(current, pos, b, off, n);
    pos += n;
    return n;
  }

  private boolean nextBatch() throws IOException {
    RowBatch batch;
    try {
      batch = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for rows");
    } catch (BatchQueue.ProducerFailedException e) {
      failure = e;
      throw new IOException(e.getMessage(), e);
    }
    if (batch == null) {
      ended = true;
      return false;
    }
    encoder.reset();
    for (byte[][] row : batch.rows()) {
      LoadDataFormat.appendRow(encoder, row);
    }
    current = encoder.array(); // no copy: read only until the next batch
    limit = encoder.size();
    pos = 0;
    rows += batch.rows().size();
    bytes += batch.bytes();
    return true;
  }

  long rows() {
    return rows;
  }

  long bytes() {
    return bytes;
  }

  /** The producer's failure if the stream ended because of it. */
  RuntimeException failure() {
    return failure;
  }
}
