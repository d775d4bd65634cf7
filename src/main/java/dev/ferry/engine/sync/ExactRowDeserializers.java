package dev.ferry.engine.sync;

import com.github.shyiko.mysql.binlog.event.EventType;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.DeleteRowsEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.TableMapEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.UpdateRowsEventDataDeserializer;
import com.github.shyiko.mysql.binlog.event.deserialization.WriteRowsEventDataDeserializer;
import com.github.shyiko.mysql.binlog.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link EventDeserializer} whose row images keep raw values: CHAR/BINARY as bytes (decoded
 * later with the tracked charset) and every temporal type as {@link Exact} server text decoded by
 * {@link TemporalText}, never through {@code java.util.Date} and the JVM zone.
 */
final class ExactRowDeserializers {

  /** A value already in the server's text form (temporal types). */
  record Exact(String text) implements Serializable {}

  private ExactRowDeserializers() {}

  static EventDeserializer create() {
    EventDeserializer d = new EventDeserializer();
    Map<Long, TableMapEventData> tables = new ConcurrentHashMap<>();
    // the library keeps its table maps private; a wrapping TABLE_MAP deserializer shares them
    TableMapEventDataDeserializer tableMaps =
        new TableMapEventDataDeserializer() {
          @Override
          public TableMapEventData deserialize(ByteArrayInputStream in) throws IOException {
            TableMapEventData data = super.deserialize(in);
            tables.put(data.getTableId(), data);
            return data;
          }
        };
    d.setEventDataDeserializer(EventType.TABLE_MAP, tableMaps);
    d.setEventDataDeserializer(EventType.WRITE_ROWS, new Write(tables));
    d.setEventDataDeserializer(
        EventType.EXT_WRITE_ROWS, new Write(tables).setMayContainExtraInformation(true));
    d.setEventDataDeserializer(EventType.UPDATE_ROWS, new Update(tables));
    d.setEventDataDeserializer(
        EventType.EXT_UPDATE_ROWS, new Update(tables).setMayContainExtraInformation(true));
    d.setEventDataDeserializer(EventType.DELETE_ROWS, new Delete(tables));
    d.setEventDataDeserializer(
        EventType.EXT_DELETE_ROWS, new Delete(tables).setMayContainExtraInformation(true));
    d.setCompatibilityMode(EventDeserializer.CompatibilityMode.CHAR_AND_BINARY_AS_BYTE_ARRAY);
    return d;
  }

  // The three subclasses override the same temporal decoders; Java has no mixins, so each
  // delegates to the shared static methods below.

  static final class Write extends WriteRowsEventDataDeserializer {
    Write(Map<Long, TableMapEventData> tables) {
      super(tables);
    }

    @Override
    protected Serializable deserializeDate(ByteArrayInputStream in) throws IOException {
      return date(in);
    }

    @Override
    protected Serializable deserializeTime(ByteArrayInputStream in) throws IOException {
      return time(in);
    }

    @Override
    protected Serializable deserializeTimeV2(int m, ByteArrayInputStream in) throws IOException {
      return time2(m, in);
    }

    @Override
    protected Serializable deserializeTimestamp(ByteArrayInputStream in) throws IOException {
      return timestamp(in);
    }

    @Override
    protected Serializable deserializeTimestampV2(int m, ByteArrayInputStream in)
        throws IOException {
      return timestamp2(m, in);
    }

    @Override
    protected Serializable deserializeDatetime(ByteArrayInputStream in) throws IOException {
      return datetime(in);
    }

    @Override
    protected Serializable deserializeDatetimeV2(int m, ByteArrayInputStream in)
        throws IOException {
      return datetime2(m, in);
    }

    @Override
    protected Serializable deserializeYear(ByteArrayInputStream in) throws IOException {
      return year(in);
    }
  }

  static final class Update extends UpdateRowsEventDataDeserializer {
    Update(Map<Long, TableMapEventData> tables) {
      super(tables);
    }

    @Override
    protected Serializable deserializeDate(ByteArrayInputStream in) throws IOException {
      return date(in);
    }

    @Override
    protected Serializable deserializeTime(ByteArrayInputStream in) throws IOException {
      return time(in);
    }

    @Override
    protected Serializable deserializeTimeV2(int m, ByteArrayInputStream in) throws IOException {
      return time2(m, in);
    }

    @Override
    protected Serializable deserializeTimestamp(ByteArrayInputStream in) throws IOException {
      return timestamp(in);
    }

    @Override
    protected Serializable deserializeTimestampV2(int m, ByteArrayInputStream in)
        throws IOException {
      return timestamp2(m, in);
    }

    @Override
    protected Serializable deserializeDatetime(ByteArrayInputStream in) throws IOException {
      return datetime(in);
    }

    @Override
    protected Serializable deserializeDatetimeV2(int m, ByteArrayInputStream in)
        throws IOException {
      return datetime2(m, in);
    }

    @Override
    protected Serializable deserializeYear(ByteArrayInputStream in) throws IOException {
      return year(in);
    }
  }

  static final class Delete extends DeleteRowsEventDataDeserializer {
    Delete(Map<Long, TableMapEventData> tables) {
      super(tables);
    }

    @Override
    protected Serializable deserializeDate(ByteArrayInputStream in) throws IOException {
      return date(in);
    }

    @Override
    protected Serializable deserializeTime(ByteArrayInputStream in) throws IOException {
      return time(in);
    }

    @Override
    protected Serializable deserializeTimeV2(int m, ByteArrayInputStream in) throws IOException {
      return time2(m, in);
    }

    @Override
    protected Serializable deserializeTimestamp(ByteArrayInputStream in) throws IOException {
      return timestamp(in);
    }

    @Override
    protected Serializable deserializeTimestampV2(int m, ByteArrayInputStream in)
        throws IOException {
      return timestamp2(m, in);
    }

    @Override
    protected Serializable deserializeDatetime(ByteArrayInputStream in) throws IOException {
      return datetime(in);
    }

    @Override
    protected Serializable deserializeDatetimeV2(int m, ByteArrayInputStream in)
        throws IOException {
      return datetime2(m, in);
    }

    @Override
    protected Serializable deserializeYear(ByteArrayInputStream in) throws IOException {
      return year(in);
    }
  }

  static Exact date(ByteArrayInputStream in) throws IOException {
    return new Exact(TemporalText.date(in.read(3)));
  }

  static Exact time(ByteArrayInputStream in) throws IOException {
    return new Exact(TemporalText.time(in.read(3)));
  }

  static Exact time2(int fsp, ByteArrayInputStream in) throws IOException {
    return new Exact(TemporalText.time2(in.read(3 + TemporalText.fractionBytes(fsp)), fsp));
  }

  static Exact timestamp(ByteArrayInputStream in) throws IOException {
    return new Exact(TemporalText.timestamp(in.readLong(4), 0, 0));
  }

  static Exact timestamp2(int fsp, ByteArrayInputStream in) throws IOException {
    return new Exact(TemporalText.timestamp2(in.read(4 + TemporalText.fractionBytes(fsp)), fsp));
  }

  static Exact datetime(ByteArrayInputStream in) throws IOException {
    return new Exact(TemporalText.datetime(in.readLong(8)));
  }

  static Exact datetime2(int fsp, ByteArrayInputStream in) throws IOException {
    return new Exact(TemporalText.datetime2(in.read(5 + TemporalText.fractionBytes(fsp)), fsp));
  }

  static Exact year(ByteArrayInputStream in) throws IOException {
    return new Exact(TemporalText.year(in.read()));
  }
}
