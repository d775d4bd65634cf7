package dev.ferry.engine.check;

import dev.ferry.domain.TableId;
import dev.ferry.rules.RouteDecision;

/** A selected source table with its routing decision. */
record RoutedTable(String sourceId, String sourceName, TableInfo table, RouteDecision route) {

  /** The target table, or null when the routes conflict. */
  TableId target() {
    return route.isConflict() ? null : route.target();
  }

  /** {@code source 'a': `db`.`t`}. */
  String where() {
    return sourceName + ": " + dev.ferry.engine.db.Quoting.table(table.id());
  }
}
