package dev.ferry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.shyiko.mysql.binlog.BinaryLogClient;
import com.github.shyiko.mysql.binlog.event.EventData;
import com.github.shyiko.mysql.binlog.event.TableMapEventData;
import com.github.shyiko.mysql.binlog.event.WriteRowsEventData;
import com.github.shyiko.mysql.binlog.event.deserialization.EventDeserializer;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The harness's source really writes a ROW binlog that mysql-binlog-connector-java can read. */
@ExtendWith(MariaDbExtension.class)
class BinlogHarnessIT {

  @Test
  void sourceHasRowBinlogWithFullImageAndGtid(Sandbox sandbox) {
    MariaDbServer source = sandbox.source();
    assertThat(source.queryString("SELECT @@log_bin")).isEqualTo("1");
    assertThat(source.queryString("SELECT @@binlog_format")).isEqualTo("ROW");
    assertThat(source.queryString("SELECT @@binlog_row_image")).isEqualTo("FULL");
    assertThat(source.queryString("SELECT @@server_id")).isEqualTo(Integer.toString(source.serverId()));
    String db = sandbox.sourceDatabase();
    source.execute("CREATE TABLE `" + db + "`.g (id INT PRIMARY KEY)", "INSERT INTO `" + db + "`.g VALUES (1)");
    assertThat(source.queryString("SELECT @@gtid_binlog_pos")).matches("\\d+-\\d+-\\d+.*");
    assertThat(sandbox.target().queryString("SELECT @@log_bin")).isEqualTo("0");
  }

  @Test
  void rowWrittenOnTheSourceIsReadBackThroughTheBinlog(Sandbox sandbox) throws Exception {
    MariaDbServer source = sandbox.source();
    String db = sandbox.sourceDatabase();
    source.execute("CREATE TABLE `" + db + "`.items (id INT PRIMARY KEY, name VARCHAR(40))");

    Map<Long, String> tables = new ConcurrentHashMap<>();
    List<Serializable[]> rows = new CopyOnWriteArrayList<>();
    BinaryLogClient client =
        new BinaryLogClient(source.host(), source.port(), MariaDbServer.USER, MariaDbServer.PASSWORD);
    client.setServerId(source.serverId() + 10_000);
    EventDeserializer deserializer = new EventDeserializer();
    deserializer.setCompatibilityMode(EventDeserializer.CompatibilityMode.CHAR_AND_BINARY_AS_BYTE_ARRAY);
    client.setEventDeserializer(deserializer);
    client.registerEventListener(
        event -> {
          EventData data = event.getData();
          if (data instanceof TableMapEventData map) {
            tables.put(map.getTableId(), map.getDatabase() + "." + map.getTable());
          } else if (data instanceof WriteRowsEventData write
              && (db + ".items").equals(tables.get(write.getTableId()))) {
            rows.addAll(write.getRows());
          }
        });
    client.connect(15_000);
    try {
      source.execute("INSERT INTO `" + db + "`.items VALUES (42, 'ferry')");
      await().atMost(Duration.ofSeconds(20)).until(() -> !rows.isEmpty());
      Serializable[] row = rows.get(0);
      assertThat(row[0]).isEqualTo(42);
      assertThat(new String((byte[]) row[1], java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("ferry");
    } finally {
      client.disconnect();
    }
  }
}
