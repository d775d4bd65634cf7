package dev.ferry.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import dev.ferry.domain.TablePhase;
import dev.ferry.engine.TableProgress;
import java.time.Duration;
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
}
