package dev.ferry.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TableId;
import dev.ferry.domain.TaskMode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** shard_ddl: shard-DDL coordination is not supported yet, and the precheck says so. */
class ShardDdlCheckTest {

  private static RoutedTasks twoShardsMerged() {
    return new RoutedTasks()
        .source("s1", true, TableId.of("shop_01", "orders_01"), TableId.of("shop_01", "customers"))
        .source("s2", true, TableId.of("shop_02", "orders_02"))
        .mergingOrders();
  }

  @Test
  void warnsOncePerMergedTableWhatFerryDoesInsteadAndTheWorkarounds() {
    RoutedTasks t = twoShardsMerged();
    t.spec.shardMode = ShardMode.PESSIMISTIC;

    List<Finding> found = RoutedTasks.of(t.compare(), CheckItem.SHARD_DDL);

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.target()).isEqualTo("target: `shop`.`orders`");
      assertThat(f.found())
          .contains("shard-mode pessimistic", "not supported yet", "2 shards",
              "source 's1': `shop_01`.`orders_01`", "source 's2': `shop_02`.`orders_02`")
          .doesNotContain("customers");
      assertThat(f.why()).contains("as soon as it reads it", "DROP TABLE, TRUNCATE or RENAME TABLE");
      assertThat(f.fix()).contains("Keep DDL off these shards", "action: Ignore", "ferry export-dm");
    });
  }

  @Test
  void optimisticModeIsReportedTheSameWay() {
    RoutedTasks t = twoShardsMerged();
    t.spec.shardMode = ShardMode.OPTIMISTIC;
    t.spec.mode = TaskMode.INCREMENTAL;

    assertThat(RoutedTasks.of(t.compare(), CheckItem.SHARD_DDL))
        .singleElement()
        .satisfies(f -> assertThat(f.found()).contains("shard-mode optimistic", "not supported yet"));
  }

  @Test
  void passesWhenShardModeIsSetButNoTableIsMerged() {
    RoutedTasks t = new RoutedTasks().source("s1", true, TableId.of("shop", "orders"));
    t.spec.shardMode = ShardMode.PESSIMISTIC;

    assertThat(RoutedTasks.of(t.compare(), CheckItem.SHARD_DDL))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.OK);
  }

  @Test
  void saysNothingForAFullTaskWithoutShardModeOrWhenIgnored() {
    RoutedTasks full = twoShardsMerged();
    full.spec.shardMode = ShardMode.PESSIMISTIC;
    full.spec.mode = TaskMode.FULL;
    assertThat(RoutedTasks.of(full.compare(), CheckItem.SHARD_DDL)).isEmpty();

    RoutedTasks noShardMode = twoShardsMerged();
    assertThat(RoutedTasks.of(noShardMode.compare(), CheckItem.SHARD_DDL)).isEmpty();

    RoutedTasks ignored = twoShardsMerged();
    ignored.spec.shardMode = ShardMode.PESSIMISTIC;
    assertThat(RoutedTasks.of(ignored.compare(Set.of("shard_ddl")), CheckItem.SHARD_DDL)).isEmpty();
  }

  @Test
  void namesAtMostThreeShards() {
    RoutedTasks t = new RoutedTasks()
        .source("s1", true, TableId.of("shop_01", "orders_01"), TableId.of("shop_01", "orders_02"),
            TableId.of("shop_01", "orders_03"), TableId.of("shop_01", "orders_04"),
            TableId.of("shop_01", "orders_05"))
        .mergingOrders();
    t.spec.shardMode = ShardMode.PESSIMISTIC;

    assertThat(RoutedTasks.of(t.compare(), CheckItem.SHARD_DDL))
        .singleElement()
        .satisfies(f -> assertThat(f.found()).contains("5 shards", "and 2 more").doesNotContain("orders_04"));
  }
}
