package dev.ferry.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.OnlineDdl;
import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TableId;
import dev.ferry.domain.TaskMode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** online_ddl_replay: gh-ost/pt-osc runs are not replayed as their ALTER yet; the precheck says so. */
class OnlineDdlReplayCheckTest {

  private static final TableId ORDERS = TableId.of("shop", "orders");
  private static final TableId ITEMS = TableId.of("shop", "items");

  @Test
  void warnsThatTheCutOverRenamesTheTargetTableAwayWhenShadowTablesAreNotSelected() {
    RoutedTasks t = new RoutedTasks().source("s1", true, ORDERS, ITEMS);

    List<Finding> found = RoutedTasks.of(t.compare(), CheckItem.ONLINE_DDL_REPLAY);

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.target()).isEqualTo("source 's1'");
      assertThat(f.found()).contains("not supported yet", "renames the target table away", "`shop`.`orders`",
          "`shop`.`items`");
      assertThat(f.why()).contains("skips their DDL and rows", "first half of the cut-over RENAME",
          "no tracked schema");
      assertThat(f.fix()).contains("Do not run gh-ost or pt-osc", "run the ALTER on the source directly");
    });
  }

  @Test
  void tellsThatSelectedShadowTablesAreReplicatedTableByTable() {
    RoutedTasks t = new RoutedTasks().source("s1", false, ORDERS);

    assertThat(RoutedTasks.of(t.compare(), CheckItem.ONLINE_DDL_REPLAY)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.found()).contains("not supported yet", "replicated table by table", "`shop`.`orders`");
      assertThat(f.why()).contains("copies every row the tool copies", "target ends with the altered table");
      assertThat(f.fix()).contains("plain ALTER", "ferry ddl");
    });
  }

  @Test
  void warnsThatARunOnAMergedShardReplacesTheMergedTable() {
    RoutedTasks t = new RoutedTasks()
        .source("s1", false, TableId.of("shop_01", "orders_01"))
        .source("s2", true, TableId.of("shop_02", "orders_02"), TableId.of("shop_02", "customers"))
        .mergingOrders();
    t.spec.shardMode = ShardMode.PESSIMISTIC;

    List<Finding> found = RoutedTasks.of(t.compare(), CheckItem.ONLINE_DDL_REPLAY);

    assertThat(found).filteredOn(f -> f.target().equals("source 's1'")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.found()).contains("replaces the merged target table", "`shop_01`.`orders_01`");
      assertThat(f.why()).contains("not routed with their shard", "can drop the merged rows");
      assertThat(f.fix()).contains("ferry export-dm");
    });
    assertThat(found).filteredOn(f -> f.target().equals("source 's2'"))
        .extracting(Finding::found)
        .satisfiesExactly(
            merged -> assertThat(merged).contains("merged", "`shop_02`.`orders_02`").doesNotContain("customers"),
            plain -> assertThat(plain).contains("renames the target table away", "`shop_02`.`customers`"));
  }

  @Test
  void saysNothingWhenOnlineDdlIsOffTheTaskDoesNotSyncOrOnlineDdlIsIgnored() {
    RoutedTasks off = new RoutedTasks().source("s1", true, ORDERS);
    off.spec.onlineDdl = new OnlineDdl(false, null, null);
    assertThat(RoutedTasks.of(off.compare(), CheckItem.ONLINE_DDL_REPLAY)).isEmpty();

    RoutedTasks full = new RoutedTasks().source("s1", true, ORDERS);
    full.spec.mode = TaskMode.FULL;
    assertThat(RoutedTasks.of(full.compare(), CheckItem.ONLINE_DDL_REPLAY)).isEmpty();

    RoutedTasks ignored = new RoutedTasks().source("s1", true, ORDERS);
    assertThat(RoutedTasks.of(ignored.compare(Set.of("online_ddl")), CheckItem.ONLINE_DDL_REPLAY)).isEmpty();
  }

  @Test
  void shadowTablesCountAsSelectedOnlyWhenBothToolsNamesAre() {
    RoutedTasks schemaWide = new RoutedTasks().source("s1", false, ORDERS);
    var task = schemaWide.task();
    assertThat(OnlineDdlReplayCheck.shadowsSelected(TableMapping.of(task, task.sources().get(0)), ORDERS)).isTrue();

    RoutedTasks exact = new RoutedTasks().source("s1", true, ORDERS);
    task = exact.task();
    assertThat(OnlineDdlReplayCheck.shadowsSelected(TableMapping.of(task, task.sources().get(0)), ORDERS)).isFalse();
  }
}
