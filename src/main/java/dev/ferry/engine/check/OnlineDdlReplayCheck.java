package dev.ferry.engine.check;

import dev.ferry.domain.TableId;
import dev.ferry.engine.db.Quoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * online_ddl_replay: Ferry does not replay a gh-ost / pt-osc run as the original ALTER yet (DM's
 * {@code online-ddl}); the sync treats the tools' shadow tables and cut-over RENAMEs like any other
 * table and DDL. What that does depends on whether the block-allow-list selects the shadow tables
 * and on whether the table is merged, so the finding says which case each selected table is in.
 */
final class OnlineDdlReplayCheck {

  /** Source tables named in a finding before "and N more". */
  private static final int SHOWN = 3;

  private OnlineDdlReplayCheck() {}

  /**
   * One finding for one source.
   *
   * @param tables the source's selected tables with their routes
   * @param mergedTargets target tables that several source tables (of any source) are merged into
   */
  static List<Finding> check(
      String sourceName, TableMapping mapping, List<RoutedTable> tables, Set<TableId> mergedTargets) {
    List<RoutedTable> merged = new ArrayList<>();
    List<RoutedTable> shadowsLeftOut = new ArrayList<>();
    List<RoutedTable> shadowsCopied = new ArrayList<>();
    for (RoutedTable t : tables) {
      if (t.target() != null && mergedTargets.contains(t.target())) {
        merged.add(t);
      } else if (shadowsSelected(mapping, t.table().id())) {
        shadowsCopied.add(t);
      } else {
        shadowsLeftOut.add(t);
      }
    }
    String notYet = "replaying a gh-ost/pt-osc run as its ALTER is not supported yet";
    String plainAlter = "Do not run gh-ost or pt-osc on these tables until you have cut over; run the"
        + " ALTER on the source directly instead (Ferry replicates it).";
    List<Finding> out = new ArrayList<>();
    if (!merged.isEmpty()) {
      out.add(Finding.warning(CheckItem.ONLINE_DDL_REPLAY, sourceName,
          notYet + ": a run on a merged shard replaces the merged target table (" + names(merged) + ")",
          "Ferry treats the tool's shadow tables (_<table>_gho, _<table>_new) and its cut-over RENAME"
              + " like any other table and DDL, and shadow tables are not routed with their shard: the"
              + " RENAME moves the merged target table, with every shard's rows, to the shard's"
              + " _<table>_del or _<table>_old name; the sync then stops, or puts only this shard's"
              + " shadow copy in its place, and the tool's final DROP of the old table can drop the"
              + " merged rows on the target.",
          plainAlter + " Or run this task with DM: ferry export-dm."));
    }
    if (!shadowsLeftOut.isEmpty()) {
      out.add(Finding.warning(CheckItem.ONLINE_DDL_REPLAY, sourceName,
          notYet + ": a run during the sync renames the target table away (" + names(shadowsLeftOut) + ")",
          "The block-allow-list leaves the tool's shadow tables (_<table>_gho, _<table>_new) out, so"
              + " Ferry skips their DDL and rows but applies the first half of the cut-over RENAME: the"
              + " target table becomes _<table>_del or _<table>_old, and the sync stops at the table's"
              + " next row change (no tracked schema). Recovering means starting the task over.",
          plainAlter));
    }
    if (!shadowsCopied.isEmpty()) {
      out.add(Finding.info(CheckItem.ONLINE_DDL_REPLAY, sourceName,
          notYet + ": a run during the sync is replicated table by table (" + names(shadowsCopied) + ")",
          "The block-allow-list selects the tool's shadow tables (_<table>_gho, _<table>_new), so Ferry"
              + " creates them on the target, copies every row the tool copies (the whole table once"
              + " more, through the binlog) and replays the cut-over RENAMEs: the target ends with the"
              + " altered table, but the sync lags while the tool copies and the shadow tables show up"
              + " on the target meanwhile.",
          "Prefer a plain ALTER on the source while the sync runs; if the target rejects one of the"
              + " tool's statements, 'ferry ddl' skips or replaces it."));
    }
    if (out.isEmpty()) {
      out.add(Finding.ok(CheckItem.ONLINE_DDL_REPLAY, sourceName, "no selected tables"));
    }
    return out;
  }

  /** Whether the rules select both tools' shadow tables of {@code table} (gh-ost and pt-osc names). */
  static boolean shadowsSelected(TableMapping mapping, TableId table) {
    return mapping.selects(TableId.of(table.schema(), "_" + table.table() + "_gho"))
        && mapping.selects(TableId.of(table.schema(), "_" + table.table() + "_new"));
  }

  private static String names(List<RoutedTable> tables) {
    String shown = tables.stream().limit(SHOWN).map(t -> Quoting.table(t.table().id()))
        .collect(Collectors.joining(", "));
    return tables.size() > SHOWN ? shown + " and " + (tables.size() - SHOWN) + " more" : shown;
  }
}
