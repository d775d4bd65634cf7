package dev.ferry.engine.check;

import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TableId;
import dev.ferry.engine.db.Quoting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where the selected tables land: route conflicts and target names hit by more than one table
 * (Ferry's {@code table_name_collision}), and when merging is intended, DM's {@code
 * schema_of_shard_tables} and {@code auto_increment_ID}.
 */
final class RoutingCheck {

  private RoutingCheck() {}

  /**
   * Groups the routed tables by target table. With {@code targetIgnoresCase} (target {@code
   * lower_case_table_names} ≠ 0) names differing only by case are the same table.
   */
  static Map<String, List<RoutedTable>> byTarget(List<RoutedTable> tables, boolean targetIgnoresCase) {
    Map<String, List<RoutedTable>> groups = new TreeMap<>();
    for (RoutedTable t : tables) {
      TableId target = t.target();
      if (target == null) {
        continue;
      }
      String key = Quoting.table(target);
      groups.computeIfAbsent(targetIgnoresCase ? key.toLowerCase(Locale.ROOT) : key, k -> new ArrayList<>()).add(t);
    }
    return groups;
  }

  static List<Finding> collisions(List<RoutedTable> tables, ShardMode mode, boolean targetIgnoresCase) {
    List<Finding> out = new ArrayList<>();
    for (RoutedTable t : tables) {
      if (t.route().isConflict()) {
        out.add(Finding.error(CheckItem.TABLE_NAME_COLLISION, t.where(), t.route().conflictMessage(),
            "Ferry cannot tell where the table should go.",
            "Change the route rules " + String.join(", ", t.route().conflictingRules())
                + " so that only one matches this table."));
      }
    }
    for (Map.Entry<String, List<RoutedTable>> group : byTarget(tables, targetIgnoresCase).entrySet()) {
      List<RoutedTable> members = group.getValue();
      if (members.size() < 2) {
        continue;
      }
      boolean caseOnly = members.stream().map(m -> Quoting.table(m.target())).distinct().count() > 1;
      if (mode == ShardMode.NONE || caseOnly) {
        String names = members.stream().map(RoutedTable::where).collect(Collectors.joining(", "));
        out.add(Finding.error(CheckItem.TABLE_NAME_COLLISION, "target: " + Quoting.table(members.get(0).target()),
            names + " would all be written to " + Quoting.table(members.get(0).target())
                + (caseOnly ? " (the target ignores the case of table names)" : ""),
            "Rows of different tables would mix in one target table and overwrite each other by key.",
            caseOnly
                ? "Add a route that gives one of them another name on the target."
                : "If these tables are shards of one table, set shard-mode to pessimistic or optimistic;"
                    + " otherwise add a route that gives each its own target name."));
      }
    }
    if (out.isEmpty()) {
      out.add(Finding.ok(CheckItem.TABLE_NAME_COLLISION, "target",
          "every selected table has its own target name" + (mode == ShardMode.NONE ? "" : " or is a declared shard")));
    }
    return out;
  }

  /** schema_of_shard_tables: shards merged into one table must have compatible structures. */
  static List<Finding> shardSchemas(List<RoutedTable> tables, ShardMode mode) {
    List<Finding> out = new ArrayList<>();
    for (List<RoutedTable> members : byTarget(tables, false).values()) {
      if (members.size() < 2) {
        continue;
      }
      RoutedTable first = members.get(0);
      for (RoutedTable other : members.subList(1, members.size())) {
        String diff = difference(first.table(), other.table(), mode);
        if (diff != null) {
          out.add(Finding.error(CheckItem.SCHEMA_OF_SHARD_TABLES, "target: " + Quoting.table(first.target()),
              first.where() + " and " + other.where() + " differ: " + diff,
              mode == ShardMode.PESSIMISTIC
                  ? "Pessimistic shard mode needs identical shards (columns, order, types, keys) to merge them."
                  : "Optimistic shard mode needs columns with the same name to have the same type.",
              "Make the shards' structures match (ALTER TABLE on the differing shard) before starting."));
        }
      }
    }
    if (out.isEmpty()) {
      out.add(Finding.ok(CheckItem.SCHEMA_OF_SHARD_TABLES, "target", "merged shards have compatible structures"));
    }
    return out;
  }

  /** auto_increment_ID: merged shards whose auto-increment key values repeat across shards. */
  static List<Finding> autoIncrement(List<RoutedTable> tables) {
    List<Finding> out = new ArrayList<>();
    for (List<RoutedTable> members : byTarget(tables, false).values()) {
      if (members.size() < 2) {
        continue;
      }
      List<String> keyed = new ArrayList<>();
      for (RoutedTable m : members) {
        m.table().autoIncrementColumn()
            .filter(c -> m.table().uniqueKeys().stream().anyMatch(k -> k.columns().contains(c.name())))
            .ifPresent(c -> keyed.add(m.where() + "." + Quoting.identifier(c.name())));
      }
      boolean extracted = members.stream().anyMatch(m -> !m.route().extraColumns().isEmpty());
      if (keyed.size() >= 2) {
        Finding f = Finding.warning(CheckItem.AUTO_INCREMENT_ID, "target: " + Quoting.table(members.get(0).target()),
            "auto-increment keys in " + String.join(", ", keyed),
            "Each shard counts its auto-increment values from 1, so the same key value appears in several shards"
                + " and merged rows overwrite each other on the target."
                + (extracted ? " The route adds extract columns; make them part of the target's primary key." : ""),
            "Create the target table yourself before starting, with the auto-increment column in a composite"
                + " primary key together with a shard column (the route's extract-table / extract-source column),"
                + " or give each shard a disjoint range (SET GLOBAL auto_increment_offset / auto_increment_increment).");
        out.add(f);
      }
    }
    if (out.isEmpty()) {
      out.add(Finding.ok(CheckItem.AUTO_INCREMENT_ID, "target", "no merged shards share auto-increment keys"));
    }
    return out;
  }

  private static String difference(TableInfo a, TableInfo b, ShardMode mode) {
    Map<String, String> colsA = columns(a);
    Map<String, String> colsB = columns(b);
    if (mode == ShardMode.OPTIMISTIC) {
      for (Map.Entry<String, String> e : colsA.entrySet()) {
        String typeB = colsB.get(e.getKey());
        if (typeB != null && !typeB.equalsIgnoreCase(e.getValue())) {
          return "column " + e.getKey() + " is " + e.getValue() + " vs " + typeB;
        }
      }
      return null;
    }
    if (!new ArrayList<>(colsA.entrySet()).equals(new ArrayList<>(colsB.entrySet()))) {
      return "columns (" + describe(colsA) + ") vs (" + describe(colsB) + ")";
    }
    String pkA = a.primaryKey().map(k -> k.columns().toString()).orElse("none");
    String pkB = b.primaryKey().map(k -> k.columns().toString()).orElse("none");
    if (!pkA.equalsIgnoreCase(pkB)) {
      return "primary key " + pkA + " vs " + pkB;
    }
    if (!uniqueSets(a).equals(uniqueSets(b))) {
      return "unique keys " + uniqueSets(a) + " vs " + uniqueSets(b);
    }
    return null;
  }

  private static Map<String, String> columns(TableInfo t) {
    Map<String, String> out = new LinkedHashMap<>();
    t.columns().forEach(c -> out.put(c.name().toLowerCase(Locale.ROOT), c.type().toLowerCase(Locale.ROOT)));
    return out;
  }

  private static List<String> uniqueSets(TableInfo t) {
    return t.uniqueKeys().stream().filter(k -> !k.primary())
        .map(k -> k.columns().toString().toLowerCase(Locale.ROOT)).sorted().toList();
  }

  private static String describe(Map<String, String> cols) {
    return cols.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }
}
