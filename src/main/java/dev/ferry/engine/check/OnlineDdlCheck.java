package dev.ferry.engine.check;

import dev.ferry.config.OnlineDdl;
import dev.ferry.domain.TableId;
import dev.ferry.engine.db.Quoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** online_ddl: a gh-ost or pt-osc run is in the middle of changing a selected table. */
final class OnlineDdlCheck {

  private OnlineDdlCheck() {}

  static List<Finding> check(ServerSession s, OnlineDdl onlineDdl, SourceCatalog catalog) {
    List<Pattern> shadows = onlineDdl.shadowTableRules().stream().map(Pattern::compile).toList();
    Set<TableId> selected = catalog.selected().stream().map(TableInfo::id).collect(Collectors.toSet());
    List<TableId> all = new ArrayList<>(catalog.otherTables());
    all.addAll(selected);
    List<Finding> out = new ArrayList<>();
    for (TableId table : all) {
      for (Pattern p : shadows) {
        Matcher m = p.matcher(table.table());
        if (m.matches() && m.groupCount() >= 1) {
          TableId origin = TableId.of(table.schema(), m.group(1));
          if (selected.contains(origin)) {
            out.add(Finding.error(CheckItem.ONLINE_DDL, s.name() + ": " + Quoting.table(origin),
                "shadow table " + Quoting.table(table) + " exists: an online schema change is in progress",
                "The change tool copies rows into the shadow table and swaps it in with RENAME; starting in"
                    + " the middle, Ferry would miss the rows copied so far.",
                "Wait for the gh-ost/pt-osc run to finish (or cancel it and DROP TABLE " + Quoting.table(table)
                    + "), then start."));
          }
        }
      }
    }
    if (out.isEmpty()) {
      out.add(Finding.ok(CheckItem.ONLINE_DDL, s.name(), "no online schema change in progress"));
    }
    return out;
  }
}
