package dev.ferry.engine.sync;

import com.github.shyiko.mysql.binlog.BinaryLogClient;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.EventHeaderV4;
import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.network.SSLMode;
import com.github.shyiko.mysql.binlog.network.ServerException;
import dev.ferry.config.TlsConfig;
import dev.ferry.domain.BinlogPosition;
import dev.ferry.engine.db.Endpoint;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams a source's binlog into a bounded queue of complete {@link SourceTransaction}s (the queue
 * blocks the reader when the appliers fall behind). Connects at a transaction boundary by file and
 * position, or by GTID; after a network loss or source restart it reconnects with back-off at the
 * end of the last transaction it emitted, so nothing is repeated or skipped. A purged binlog (error
 * 1236) ends the reader with {@link BinlogPurgedException}; it is never retried.
 */
final class BinlogReader implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BinlogReader.class);

  /** The binlog the reader needs is no longer on the source. */
  static final class BinlogPurgedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BinlogPurgedException(String message) {
      super(message);
    }
  }

  private final Endpoint endpoint;
  private final long serverId;
  private final boolean useGtid;
  private final Duration heartbeat;
  private final BlockingQueue<SourceTransaction> queue;
  private final TransactionAssembler assembler;
  private final Thread thread;
  private final Consumer<String> retries;
  private volatile BinaryLogClient client;
  private volatile boolean stopping;
  private volatile Throwable failure;
  private volatile Exception lastCommunicationFailure;
  private volatile long lastEventNanos = System.nanoTime();
  private volatile BinlogPosition sourcePosition;
  private volatile long lastHeartbeatMillis;

  BinlogReader(
      Endpoint endpoint,
      long serverId,
      boolean mariaDb,
      boolean useGtid,
      BinlogPosition start,
      Duration heartbeat,
      BlockingQueue<SourceTransaction> queue,
      ThreadFactory threads,
      Consumer<String> retries) {
    this.endpoint = endpoint;
    this.serverId = serverId;
    this.useGtid = useGtid && start.hasGtid();
    this.heartbeat = heartbeat;
    this.queue = queue;
    this.sourcePosition = start;
    this.assembler =
        new TransactionAssembler(start, new GtidState(mariaDb, start.gtidSet()), this::emit);
    this.thread = threads.newThread(this::run);
    this.retries = retries;
  }

  void start() {
    thread.start();
  }

  /** The failure that ended the reader, or null while it runs. */
  Throwable failure() {
    return failure;
  }

  boolean isAlive() {
    return thread.isAlive();
  }

  /** The newest source position seen (event or heartbeat). */
  BinlogPosition sourcePosition() {
    return sourcePosition;
  }

  /** Wall-clock millis of the last heartbeat: the reader was idle and caught up then. */
  long lastHeartbeatMillis() {
    return lastHeartbeatMillis;
  }

  private void emit(SourceTransaction t) {
    try {
      queue.put(t);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while queueing a transaction", e);
    }
  }

  private void run() {
    int attempt = 0;
    while (!stopping) {
      BinlogPosition from = assembler.lastEmitted();
      BinaryLogClient c = newClient(from);
      client = c;
      lastCommunicationFailure = null;
      try {
        LOG.info(
            "Reading the binlog of {} from {}{} as server id {}",
            endpoint.label(),
            from,
            useGtid ? " (GTID " + from.gtidSet() + ")" : "",
            serverId);
        lastEventNanos = System.nanoTime();
        c.connect(); // blocks until disconnected
        attempt = 0;
      } catch (IOException e) {
        lastCommunicationFailure = e;
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      Exception cause = lastCommunicationFailure;
      if (cause instanceof ServerException se && se.getErrorCode() == 1236) {
        fail(new BinlogPurgedException(describePurged(from, se)));
        return;
      }
      if (failure != null || stopping) {
        return;
      }
      assembler.reset();
      attempt++;
      long waitMillis = Math.min(30_000, 500L << Math.min(6, attempt - 1));
      String message =
          "lost the binlog connection to "
              + endpoint.label()
              + " ("
              + (cause == null ? "closed" : cause.toString())
              + "); reconnecting at "
              + assembler.lastEmitted()
              + " in "
              + waitMillis
              + " ms (attempt "
              + attempt
              + ")";
      LOG.warn("{}", message);
      retries.accept(message);
      try {
        Thread.sleep(waitMillis);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private String describePurged(BinlogPosition from, ServerException e) {
    return "the source no longer has the binlog at "
        + from
        + (from.hasGtid() ? " (GTID " + from.gtidSet() + ")" : "")
        + ": "
        + e.getMessage();
  }

  private void fail(Throwable t) {
    if (failure == null) {
      failure = t;
    }
    stopping = true;
    disconnectQuietly();
  }

  private BinaryLogClient newClient(BinlogPosition from) {
    BinaryLogClient c =
        new BinaryLogClient(endpoint.host(), endpoint.port(), endpoint.user(), endpoint.password());
    c.setServerId(serverId);
    c.setKeepAlive(false); // we reconnect ourselves, at a transaction boundary
    c.setHeartbeatInterval(heartbeat.toMillis());
    c.setConnectTimeout(10_000);
    c.setSSLMode(sslMode(endpoint.tls()));
    c.setEventDeserializer(ExactRowDeserializers.create());
    if (useGtid) {
      c.setGtidSet(from.gtidSet());
      c.setGtidSetFallbackToPurged(false);
    } else {
      c.setBinlogFilename(from.file());
      c.setBinlogPosition(from.position());
    }
    c.registerEventListener(this::onEvent);
    c.registerLifecycleListener(
        new BinaryLogClient.AbstractLifecycleListener() {
          @Override
          public void onCommunicationFailure(BinaryLogClient client, Exception ex) {
            lastCommunicationFailure = ex;
          }

          @Override
          public void onEventDeserializationFailure(BinaryLogClient client, Exception ex) {
            fail(new IllegalStateException("Cannot decode a binlog event: " + ex.getMessage(), ex));
          }
        });
    return c;
  }

  private static SSLMode sslMode(TlsConfig tls) {
    return switch (tls.verifyMode()) {
      case DISABLED -> SSLMode.DISABLED;
      case PREFERRED -> SSLMode.PREFERRED;
      case REQUIRED -> SSLMode.REQUIRED;
      case VERIFY_CA -> SSLMode.VERIFY_CA;
      case VERIFY_IDENTITY -> SSLMode.VERIFY_IDENTITY;
    };
  }

  private void onEvent(Event event) {
    lastEventNanos = System.nanoTime();
    EventHeaderV4 header = event.getHeader();
    if (header.getEventType() == EventType.HEARTBEAT) {
      lastHeartbeatMillis = System.currentTimeMillis();
      if (header.getNextPosition() > 0 && !assembler.inTransaction()) {
        sourcePosition =
            new BinlogPosition(assembler.currentFile(), header.getNextPosition(), null);
      }
      return;
    }
    try {
      assembler.accept(event);
    } catch (RuntimeException e) {
      fail(e);
      return;
    }
    BinlogPosition emitted = assembler.lastEmitted();
    if (emitted.compareTo(sourcePosition) > 0) {
      sourcePosition = emitted;
    }
  }

  /** Drops a connection that went silent for longer than three heartbeats (a half-open socket). */
  void checkAlive() {
    long silentMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastEventNanos);
    BinaryLogClient c = client;
    if (c != null && c.isConnected() && silentMillis > Math.max(10_000, heartbeat.toMillis() * 3)) {
      LOG.warn(
          "No binlog event or heartbeat from {} for {} ms; reconnecting",
          endpoint.label(),
          silentMillis);
      lastEventNanos = System.nanoTime();
      disconnectQuietly();
    }
  }

  private void disconnectQuietly() {
    BinaryLogClient c = client;
    if (c != null) {
      try {
        c.disconnect();
      } catch (IOException e) {
        LOG.debug("Ignoring a failure while disconnecting", e);
      }
    }
  }

  @Override
  public void close() {
    stopping = true;
    disconnectQuietly();
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
