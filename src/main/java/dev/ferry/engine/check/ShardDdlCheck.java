package dev.ferry.engine.check;

import dev.ferry.domain.ShardMode;
import dev.ferry.engine.db.Quoting;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * shard_ddl: Ferry does not coordinate DDL across the shards of a merged table yet (DM's {@code
 * shard-mode}); the sync applies each shard's DDL to the merged table as it reads it. Says so for
 * every target table that routes merge several source tables into, when the task syncs.
 */
final class ShardDdlCheck {

  /** Source tables named in a finding before "and N more". */
  private static final int SHOWN = 3;

  private ShardDdlCheck() {}

  static List<Finding> check(List<RoutedTable> routed, ShardMode mode) {
    List<Finding> out = new ArrayList<>();
    for (List<RoutedTable> members : RoutingCheck.byTarget(routed, false).values()) {
      if (members.size() < 2) {
        continue;
      }
      String target = Quoting.table(members.get(0).target());
      out.add(Finding.warning(CheckItem.SHARD_DDL, "target: " + target,
          "shard-mode " + mode.dmName() + ": DDL coordination across the " + members.size()
              + " shards merged into " + target + " is not supported yet (" + names(members) + ")",
          "Ferry applies each shard's DDL to the merged table as soon as it reads it, without waiting"
              + " for the other shards or merging their schemas: the first shard's ALTER changes the"
              + " table for every shard (the same ALTER from the others then counts as already"
              + " applied), rows of shards not changed yet are written with their old columns (a"
              + " dropped column stops the sync), and a DROP TABLE, TRUNCATE or RENAME TABLE on any"
              + " one shard drops, empties or renames the merged table on the target.",
          "Keep DDL off these shards until you have cut over; or ignore their DDL with a binlog event"
              + " filter (events: all ddl, action: Ignore) and make each change on the target yourself"
              + " before the shards'; or run this task with DM: ferry export-dm."));
    }
    if (out.isEmpty()) {
      out.add(Finding.ok(CheckItem.SHARD_DDL, "target",
          "no target table merges several source tables, so no shard DDL needs coordinating"));
    }
    return out;
  }

  private static String names(List<RoutedTable> members) {
    String shown = members.stream().limit(SHOWN).map(RoutedTable::where).collect(Collectors.joining(", "));
    return members.size() > SHOWN ? shown + " and " + (members.size() - SHOWN) + " more" : shown;
  }
}
