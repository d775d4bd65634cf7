package dev.ferry.engine.sync;

import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import dev.ferry.domain.BinlogPosition;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One complete upstream transaction, or one DDL statement, read from the binlog. {@code end} is the
 * position right after it (a transaction boundary, with the GTID state after it): resuming there
 * neither repeats nor skips anything.
 *
 * @param timestampSeconds the event time (source clock) of the transaction's end
 * @param rows row events in binlog order; empty for a DDL
 * @param ddl the statement of a query event that is not BEGIN/COMMIT; null for row transactions
 */
record SourceTransaction(BinlogPosition end, long timestampSeconds, List<RowsEvent> rows, Ddl ddl) {

  /** A DDL statement and the session's current schema when it ran. */
  record Ddl(String schema, String sql) {}

  /** The rows of one row event, with the table map that describes them. */
  record RowsEvent(
      Kind kind,
      TableMapEventData table,
      List<Serializable[]> before,
      List<Serializable[]> after) {}

  enum Kind {
    INSERT,
    UPDATE,
    DELETE
  }

  /** Row count, for metrics. */
  int rowCount() {
    int n = 0;
    for (RowsEvent r : rows) {
      n += r.kind() == Kind.INSERT ? r.after().size() : r.before().size();
    }
    return n;
  }

  static List<Serializable[]> afterImages(List<Map.Entry<Serializable[], Serializable[]>> rows) {
    return rows.stream().map(Map.Entry::getValue).toList();
  }

  static List<Serializable[]> beforeImages(List<Map.Entry<Serializable[], Serializable[]>> rows) {
    return rows.stream().map(Map.Entry::getKey).toList();
  }
}
