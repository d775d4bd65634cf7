package dev.ferry.engine.sync;

import com.github.shyiko.mysql.binlog.event.DeleteRowsEventData;
import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.EventHeaderV4;
import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.event.GtidEventData;
import com.github.shyiko.mysql.binlog.event.MariadbGtidEventData;
import com.github.shyiko.mysql.binlog.event.QueryEventData;
import com.github.shyiko.mysql.binlog.event.RotateEventData;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.UpdateRowsEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import dev.ferry.domain.BinlogPosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Groups binlog events into {@link SourceTransaction}s. The position moves only at a transaction's
 * end (XID, a COMMIT query, or a DDL query): MariaDB 11.4+ writes {@code end_log_pos = 0} on the
 * events inside a transaction, and a checkpoint must never point into one anyway. A partial
 * transaction (the connection broke inside it) is dropped by {@link #reset}; the reader then
 * reconnects at the last end it emitted.
 */
final class TransactionAssembler {

  private final Consumer<SourceTransaction> out;
  private final Map<Long, TableMapEventData> tables = new HashMap<>();
  private final GtidState gtids;
  private String file;
  private long position;
  private boolean inTransaction;
  private List<SourceTransaction.RowsEvent> rows = new ArrayList<>();
  private String pendingGtid;
  private volatile BinlogPosition lastEmitted;

  TransactionAssembler(BinlogPosition start, GtidState gtids, Consumer<SourceTransaction> out) {
    this.out = out;
    this.gtids = gtids;
    this.file = start.file();
    this.position = start.position();
    this.lastEmitted = start;
  }

  /** The end of the last complete transaction handed on: where a reconnect resumes. */
  BinlogPosition lastEmitted() {
    return lastEmitted;
  }

  /** Forgets a partial transaction (after a disconnect). */
  void reset() {
    inTransaction = false;
    rows = new ArrayList<>();
    pendingGtid = null;
    tables.clear();
    file = lastEmitted.file();
    position = lastEmitted.position();
  }

  void accept(Event event) {
    EventHeaderV4 header = event.getHeader();
    EventType type = header.getEventType();
    switch (type) {
      case ROTATE -> {
        RotateEventData r = event.getData();
        file = r.getBinlogFilename();
        position = r.getBinlogPosition();
      }
      case TABLE_MAP -> {
        TableMapEventData t = event.getData();
        tables.put(t.getTableId(), t);
      }
      case MARIADB_GTID -> {
        MariadbGtidEventData g = event.getData();
        pendingGtid = g.getDomainId() + "-" + g.getServerId() + "-" + g.getSequence();
        inTransaction = true;
      }
      case GTID -> {
        GtidEventData g = event.getData();
        pendingGtid = g.getMySqlGtid().toString();
        inTransaction = true;
      }
      case QUERY -> query(header, event.getData());
      case WRITE_ROWS, EXT_WRITE_ROWS -> {
        WriteRowsEventData w = event.getData();
        rows.add(
            new SourceTransaction.RowsEvent(
                SourceTransaction.Kind.INSERT, table(w.getTableId()), List.of(), w.getRows()));
      }
      case UPDATE_ROWS, EXT_UPDATE_ROWS -> {
        UpdateRowsEventData u = event.getData();
        rows.add(
            new SourceTransaction.RowsEvent(
                SourceTransaction.Kind.UPDATE,
                table(u.getTableId()),
                SourceTransaction.beforeImages(u.getRows()),
                SourceTransaction.afterImages(u.getRows())));
      }
      case DELETE_ROWS, EXT_DELETE_ROWS -> {
        DeleteRowsEventData d = event.getData();
        rows.add(
            new SourceTransaction.RowsEvent(
                SourceTransaction.Kind.DELETE, table(d.getTableId()), d.getRows(), List.of()));
      }
      case XID -> end(header, null);
      case TRANSACTION_PAYLOAD ->
          throw new IllegalStateException(
              "The source compresses its binlog transactions (binlog_transaction_compression=ON), which Ferry does not read yet");
      default -> {
        // FORMAT_DESCRIPTION, GTID lists, checkpoints, annotations, heartbeats: nothing to group
      }
    }
  }

  private TableMapEventData table(long id) {
    TableMapEventData t = tables.get(id);
    if (t == null) {
      throw new IllegalStateException(
          "A row event refers to table id " + id + " without a table map event");
    }
    return t;
  }

  private void query(EventHeaderV4 header, QueryEventData q) {
    String sql = q.getSql().trim();
    String upper =
        sql.length() > 20
            ? sql.substring(0, 20).toUpperCase(Locale.ROOT)
            : sql.toUpperCase(Locale.ROOT);
    if (upper.equals("BEGIN") || upper.startsWith("XA START")) {
      inTransaction = true;
      return;
    }
    if (upper.equals("COMMIT") || upper.startsWith("XA COMMIT") || upper.startsWith("XA END")) {
      if (upper.startsWith("XA END")) {
        return;
      }
      end(header, null);
      return;
    }
    if (upper.equals("ROLLBACK")) {
      // only non-transactional changes can be logged before a ROLLBACK; nothing to apply
      rows = new ArrayList<>();
      end(header, null);
      return;
    }
    if (upper.startsWith("SAVEPOINT") || upper.startsWith("ROLLBACK TO")) {
      return;
    }
    if (!rows.isEmpty()) {
      throw new IllegalStateException(
          "A statement-format event inside a row transaction: "
              + sql
              + " (the source must use binlog_format=ROW)");
    }
    end(header, new SourceTransaction.Ddl(q.getDatabase(), sql));
  }

  private void end(EventHeaderV4 header, SourceTransaction.Ddl ddl) {
    if (header.getNextPosition() > 0) {
      position = header.getNextPosition();
    }
    if (pendingGtid != null) {
      gtids.add(pendingGtid);
    }
    BinlogPosition end = new BinlogPosition(file, position, gtids.toString());
    SourceTransaction t =
        new SourceTransaction(end, header.getTimestamp() / 1000, List.copyOf(rows), ddl);
    rows = new ArrayList<>();
    pendingGtid = null;
    inTransaction = false;
    out.accept(t);
    lastEmitted = end;
  }

  /** The binlog file being read (the last ROTATE's). */
  String currentFile() {
    return file;
  }

  boolean inTransaction() {
    return inTransaction;
  }
}
