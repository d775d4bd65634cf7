package dev.ferry.store;

import static dev.ferry.store.StoreTesting.ITEMS;
import static dev.ferry.store.StoreTesting.ORDERS;
import static dev.ferry.store.StoreTesting.newTask;
import static dev.ferry.store.StoreTesting.open;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.BinlogPosition;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaStoreTest {

  private static final String V1 = "CREATE TABLE orders (id INT PRIMARY KEY)";
  private static final String V2 = "CREATE TABLE orders (id INT PRIMARY KEY, note TEXT)";
  private static final String V3 = "CREATE TABLE orders (id BIGINT PRIMARY KEY, note TEXT)";
  // Files sort by sequence number, not text: 000010 comes after 0009.
  private static final BinlogPosition SNAPSHOT = BinlogPosition.of("mysql-bin.000009", 500);
  private static final BinlogPosition ALTER1 = BinlogPosition.of("mysql-bin.000009", 9000);
  private static final BinlogPosition ALTER2 = BinlogPosition.of("mysql-bin.000010", 120);

  @TempDir Path home;
  private StateStore store;
  private SchemaStore schemas;
  private UUID task;

  @BeforeEach
  void openStore() {
    store = open(home);
    schemas = store.schemas();
    task = newTask(store);
    schemas.record(task, ORDERS, V1, SNAPSHOT);
    schemas.record(task, ORDERS, V2, ALTER1);
    schemas.record(task, ORDERS, V3, ALTER2);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void findsTheSchemaThatWasValidAtAnOldPosition() {
    assertThat(schemas.schemaAt(task, ORDERS, BinlogPosition.of("mysql-bin.000009", 400)))
        .isEmpty();
    assertThat(schemas.schemaAt(task, ORDERS, SNAPSHOT)).contains(V1);
    assertThat(schemas.schemaAt(task, ORDERS, BinlogPosition.of("mysql-bin.000009", 8999)))
        .contains(V1);
    assertThat(schemas.schemaAt(task, ORDERS, ALTER1)).contains(V2);
    assertThat(schemas.schemaAt(task, ORDERS, BinlogPosition.of("mysql-bin.000010", 4)))
        .contains(V2);
    assertThat(schemas.schemaAt(task, ORDERS, BinlogPosition.of("mysql-bin.000011", 4)))
        .contains(V3);
  }

  @Test
  void aDroppedTableHasNoSchemaFromTheDropOn() {
    BinlogPosition drop = BinlogPosition.of("mysql-bin.000012", 4);
    schemas.recordDrop(task, ORDERS, drop);

    assertThat(schemas.schemaAt(task, ORDERS, drop)).isEmpty();
    assertThat(schemas.schemaAt(task, ORDERS, ALTER2)).contains(V3);
    assertThat(schemas.history(task, ORDERS).get(3).isDropped()).isTrue();
  }

  @Test
  void recordingTheSamePositionAgainReplacesTheVersion() {
    schemas.record(task, ORDERS, "CREATE TABLE orders (x INT)", ALTER1);

    assertThat(schemas.history(task, ORDERS)).hasSize(3);
    assertThat(schemas.schemaAt(task, ORDERS, ALTER1)).contains("CREATE TABLE orders (x INT)");
  }

  @Test
  void givesEveryTablesSchemaAtAPosition() {
    schemas.record(task, ITEMS, "CREATE TABLE items (id INT)", SNAPSHOT);
    schemas.recordDrop(task, ITEMS, ALTER2);

    assertThat(schemas.schemasAt(task, "mysql-01", ALTER1))
        .isEqualTo(Map.of(ORDERS.table(), V2, ITEMS.table(), "CREATE TABLE items (id INT)"));
    assertThat(schemas.schemasAt(task, "mysql-01", ALTER2)).isEqualTo(Map.of(ORDERS.table(), V3));
    assertThat(schemas.schemasAt(task, "other-source", ALTER2)).isEmpty();
  }

  @Test
  void discardsVersionsRecordedPastTheCheckpoint() {
    assertThat(schemas.discardAfter(task, "mysql-01", ALTER1)).isEqualTo(1);
    assertThat(schemas.history(task, ORDERS))
        .extracting(SchemaVersion::validFrom)
        .containsExactly(SNAPSHOT, ALTER1);
  }

  @Test
  void prunesVersionsNoResumeCanNeed() {
    assertThat(schemas.pruneBefore(task, "mysql-01", BinlogPosition.of("mysql-bin.000009", 9500)))
        .isEqualTo(1);
    assertThat(schemas.history(task, ORDERS))
        .extracting(SchemaVersion::createTable)
        .containsExactly(V2, V3);
  }
}
