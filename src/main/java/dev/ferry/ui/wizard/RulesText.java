package dev.ferry.ui.wizard;

import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.TablePattern;
import java.util.Map;

/** Rules written the way DM's task file spells them, for display. */
final class RulesText {

  private RulesText() {}

  static String blockAllowLists(Map<String, BlockAllowList> lists) {
    if (lists.isEmpty()) {
      return "# no block-allow-list: every non-system table is migrated";
    }
    StringBuilder b = new StringBuilder("block-allow-list:\n");
    lists.forEach(
        (sourceId, list) -> {
          b.append("  ").append(WizardViewModel.blockAllowListName(sourceId)).append(":\n");
          if (!list.doDbs().isEmpty()) {
            b.append("    do-dbs: [")
                .append(String.join(", ", list.doDbs().stream().map(RulesText::quote).toList()))
                .append("]\n");
          }
          if (!list.doTables().isEmpty()) {
            b.append("    do-tables:\n");
            for (TablePattern t : list.doTables()) {
              b.append("    - db-name: ")
                  .append(quote(t.dbName()))
                  .append("\n      tbl-name: ")
                  .append(quote(t.tblName()))
                  .append('\n');
            }
          }
          if (!list.ignoreDbs().isEmpty()) {
            b.append("    ignore-dbs: [")
                .append(String.join(", ", list.ignoreDbs().stream().map(RulesText::quote).toList()))
                .append("]\n");
          }
        });
    return b.toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "\\\"") + "\"";
  }
}
