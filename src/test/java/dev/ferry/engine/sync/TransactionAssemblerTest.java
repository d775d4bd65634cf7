package dev.ferry.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.shyiko.mysql.binlog.event.Event;
import com.github.shyiko.mysql.binlog.event.EventData;
import com.github.shyiko.mysql.binlog.event.EventHeaderV4;
import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.event.MariadbGtidEventData;
import com.github.shyiko.mysql.binlog.event.QueryEventData;
import com.github.shyiko.mysql.binlog.event.RotateEventData;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import com.github.shyiko.mysql.binlog.event.XidEventData;
import dev.ferry.domain.BinlogPosition;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionAssemblerTest {

  private final List<SourceTransaction> out = new ArrayList<>();
  private final TransactionAssembler assembler =
      new TransactionAssembler(
          new BinlogPosition("bin.000001", 4, "0-1-4"), new GtidState(true, "0-1-4"), out::add);

  private static Event event(EventType type, long nextPosition, EventData data) {
    EventHeaderV4 h = new EventHeaderV4();
    h.setEventType(type);
    h.setNextPosition(nextPosition);
    h.setTimestamp(1_700_000_000_000L);
    return new Event(h, data);
  }

  private static MariadbGtidEventData gtid(long seq) {
    MariadbGtidEventData g = new MariadbGtidEventData();
    g.setDomainId(0);
    g.setServerId(1);
    g.setSequence(seq);
    return g;
  }

  private static TableMapEventData table() {
    TableMapEventData t = new TableMapEventData();
    t.setTableId(7);
    t.setDatabase("db");
    t.setTable("t");
    t.setColumnTypes(new byte[] {3});
    return t;
  }

  private static WriteRowsEventData rows() {
    WriteRowsEventData w = new WriteRowsEventData();
    w.setTableId(7);
    w.setRows(List.<Serializable[]>of(new Serializable[] {1}));
    return w;
  }

  private static QueryEventData query(String sql) {
    QueryEventData q = new QueryEventData();
    q.setSql(sql);
    q.setDatabase("db");
    return q;
  }

  @Test
  void positionMovesOnlyAtTheTransactionEndEvenWhenInnerEventsSayZero() {
    RotateEventData r = new RotateEventData();
    r.setBinlogFilename("bin.000002");
    r.setBinlogPosition(4);
    assembler.accept(event(EventType.ROTATE, 0, r));
    assembler.accept(event(EventType.MARIADB_GTID, 0, gtid(5)));
    assembler.accept(event(EventType.QUERY, 0, query("BEGIN")));
    assembler.accept(event(EventType.TABLE_MAP, 0, table()));
    assembler.accept(event(EventType.WRITE_ROWS, 0, rows()));
    assertThat(out).isEmpty();
    assembler.accept(event(EventType.XID, 900, new XidEventData()));
    assertThat(out).hasSize(1);
    assertThat(out.get(0).end()).isEqualTo(new BinlogPosition("bin.000002", 900, "0-1-5"));
    assertThat(out.get(0).rowCount()).isEqualTo(1);
  }

  @Test
  void aDdlIsATransactionOfItsOwn() {
    assembler.accept(event(EventType.MARIADB_GTID, 0, gtid(6)));
    assembler.accept(event(EventType.QUERY, 1200, query("ALTER TABLE t ADD c INT")));
    assertThat(out)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.ddl().sql()).isEqualTo("ALTER TABLE t ADD c INT");
              assertThat(t.end()).isEqualTo(new BinlogPosition("bin.000001", 1200, "0-1-6"));
            });
  }

  @Test
  void aPartialTransactionIsDroppedOnReset() {
    assembler.accept(event(EventType.MARIADB_GTID, 0, gtid(5)));
    assembler.accept(event(EventType.TABLE_MAP, 0, table()));
    assembler.accept(event(EventType.WRITE_ROWS, 0, rows()));
    assembler.reset();
    assertThat(out).isEmpty();
    assertThat(assembler.lastEmitted()).isEqualTo(new BinlogPosition("bin.000001", 4, "0-1-4"));
    assembler.accept(event(EventType.MARIADB_GTID, 0, gtid(5)));
    assembler.accept(event(EventType.QUERY, 0, query("BEGIN")));
    assembler.accept(event(EventType.QUERY, 700, query("COMMIT")));
    assertThat(out)
        .singleElement()
        .satisfies(t -> assertThat(t.end().gtidSet()).isEqualTo("0-1-5"));
  }
}
