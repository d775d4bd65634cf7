package dev.ferry.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import dev.ferry.domain.TablePhase;
import dev.ferry.engine.TableProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressRegistryTest {

  private final AtomicLong nanos = new AtomicLong(1);
  private final ProgressRegistry registry = new ProgressRegistry(nanos::get);
  private final SourceTable orders = SourceTable.of("s1", "shop", "orders");

  @Test
  void ratesAndEtaComeFromTheRowsCopiedSinceTheLastSample() {
    TableCounters c = registry.table(orders, TableId.of("shop", "orders"));
    c.rowsEstimated(10_000);
    c.phase(TablePhase.COPYING);
    registry.tables();
    c.addRows(1_000, 50_000);
    nanos.addAndGet(2_000_000_000L);
    TableProgress p = registry.tables().get(0);
    assertThat(p.rowsDone()).isEqualTo(1_000);
    assertThat(p.bytesDone()).isEqualTo(50_000);
    assertThat(p.rowsPerSecond()).isEqualTo(500.0);
    assertThat(p.eta()).isEqualTo(Duration.ofSeconds(18));
    assertThat(p.fraction()).isEqualTo(0.1);
  }

  @Test
  void aRarePollerGetsARateOnItsFirstLook() {
    TableCounters c = registry.table(orders, TableId.of("shop", "orders"));
    c.phase(TablePhase.COPYING);
    c.addRows(5_000, 0);
    nanos.addAndGet(5_000_000_000L);
    assertThat(registry.tables().get(0).rowsPerSecond()).isEqualTo(1_000.0);
  }

  @Test
  void aDoneTableHasNoRateAndCountsAsComplete() {
    TableCounters c = registry.table(orders, TableId.of("shop", "orders"));
    c.addRows(5, 5);
    c.phase(TablePhase.DONE);
    TableProgress p = registry.tables().get(0);
    assertThat(p.rowsPerSecond()).isZero();
    assertThat(p.eta()).isNull();
    assertThat(p.fraction()).isEqualTo(1.0);
  }

  @Test
  void tablesAreSortedBySourceTable() {
    registry.table(SourceTable.of("s2", "a", "t"), TableId.of("a", "t"));
    registry.table(SourceTable.of("s1", "b", "t"), TableId.of("b", "t"));
    assertThat(registry.tables()).extracting(t -> t.source().sourceId()).containsExactly("s1", "s2");
  }

  @Test
  void seedingFromTheStoreShowsCopiedTablesAsDoneAndLeftOnesAsWaiting() {
    SourceTable items = SourceTable.of("s1", "shop", "items");
    registry.seed(
        List.of(
            new dev.ferry.store.TableProgress(
                orders, TableId.of("dw", "orders"), TablePhase.DONE, 900, 1_000, 64_000, null,
                Instant.EPOCH),
            new dev.ferry.store.TableProgress(
                items, TableId.of("dw", "items"), TablePhase.COPYING, 5_000, 2_000, 9_000, "old",
                Instant.EPOCH)));
    nanos.addAndGet(3_000_000_000L);

    List<TableProgress> tables = registry.tables();
    assertThat(tables).extracting(TableProgress::source).containsExactly(items, orders);
    TableProgress done = tables.get(1);
    assertThat(done.phase()).isEqualTo(TablePhase.DONE);
    assertThat(done.target()).isEqualTo(TableId.of("dw", "orders"));
    assertThat(done.rowsDone()).isEqualTo(1_000);
    assertThat(done.rowsEstimated()).as("the exact count beats a stale estimate").isEqualTo(1_000);
    assertThat(done.bytesDone()).isEqualTo(64_000);
    TableProgress left = tables.get(0);
    assertThat(left.phase()).as("until the copy takes it up again").isEqualTo(TablePhase.WAITING);
    assertThat(left.rowsDone()).isEqualTo(2_000);
    assertThat(left.lastError()).isNull();

    // the carried-over rows are no copy speed once the copy resumes the table
    TableCounters c = registry.table(items, TableId.of("dw", "items"));
    c.phase(TablePhase.COPYING);
    c.addRows(1_000, 0);
    nanos.addAndGet(1_000_000_000L);
    assertThat(registry.tables().get(0).rowsPerSecond()).isEqualTo(1_000.0);
    assertThat(registry.tables().get(0).rowsDone()).isEqualTo(3_000);
  }
}
