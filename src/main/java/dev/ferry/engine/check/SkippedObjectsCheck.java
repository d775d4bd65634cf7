package dev.ferry.engine.check;

import dev.ferry.domain.TableId;
import dev.ferry.engine.db.Quoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * skipped_objects: what the selected schemas hold besides base tables — views, triggers, stored
 * procedures and functions, events, sequences, system-versioned tables. Ferry (like DM) copies
 * base tables only and its sync skips these objects' DDL, so the user has to create them on the
 * target by hand. One finding per schema, read with four set-wise queries.
 */
final class SkippedObjectsCheck {

  /** Names listed per kind in one finding; more are counted. */
  static final int MAX_NAMES = 10;

  static final String WHY =
      "Ferry copies base tables only, like DM: these objects are not created on the target, and the"
          + " sync skips their CREATE/ALTER/DROP statements.";

  static final String FIX =
      "After the full copy, create them on the target by hand: SHOW CREATE VIEW | TRIGGER | PROCEDURE"
          + " | FUNCTION | EVENT | SEQUENCE on the source prints each statement (for a whole schema:"
          + " mysqldump --no-data --no-create-info --routines --triggers --events <schema>, plus"
          + " SHOW CREATE VIEW for the views). Create triggers and enable events only at cut-over:"
          + " while the sync runs they would act a second time on rows the sync already writes.";

  private SkippedObjectsCheck() {}

  /** Objects of one schema by kind ("view", "trigger", …), each kind's names in order. */
  private static final class Skipped {
    final Map<String, List<String>> byKind = new TreeMap<>();

    void add(String kind, String name) {
      byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(name);
    }

    String describe() {
      List<String> parts = new ArrayList<>();
      byKind.forEach((kind, names) -> {
        List<String> shown = names.stream().limit(MAX_NAMES).toList();
        String more = names.size() > MAX_NAMES ? ", and " + (names.size() - MAX_NAMES) + " more" : "";
        parts.add(names.size() + " " + kind + (names.size() == 1 ? "" : "s") + " (" + String.join(", ", shown) + more + ")");
      });
      return "not copied: " + String.join("; ", parts);
    }
  }

  static List<Finding> check(ServerSession s, TableMapping mapping) {
    Map<String, Skipped> bySchema = new TreeMap<>();
    s.query(
        "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES"
            + " WHERE TABLE_TYPE IN ('VIEW', 'SEQUENCE', 'SYSTEM VERSIONED')"
            + " ORDER BY TABLE_SCHEMA, TABLE_NAME",
        rs -> {
          TableId id = TableId.of(rs.getString(1), rs.getString(2));
          if (mapping.selects(id)) {
            String kind = rs.getString(3).toLowerCase(Locale.ROOT);
            bySchema.computeIfAbsent(id.schema(), k -> new Skipped())
                .add(kind.equals("system versioned") ? "system-versioned table" : kind, Quoting.identifier(id.table()));
          }
          return null;
        });
    s.query(
        "SELECT TRIGGER_SCHEMA, TRIGGER_NAME, EVENT_OBJECT_TABLE FROM information_schema.TRIGGERS"
            + " ORDER BY TRIGGER_SCHEMA, TRIGGER_NAME",
        rs -> {
          TableId on = TableId.of(rs.getString(1), rs.getString(3));
          if (mapping.selects(on)) {
            bySchema.computeIfAbsent(on.schema(), k -> new Skipped())
                .add("trigger", Quoting.identifier(rs.getString(2)) + " on " + Quoting.identifier(on.table()));
          }
          return null;
        });
    s.query(
        "SELECT ROUTINE_SCHEMA, ROUTINE_NAME, ROUTINE_TYPE FROM information_schema.ROUTINES"
            + " ORDER BY ROUTINE_SCHEMA, ROUTINE_TYPE, ROUTINE_NAME",
        rs -> {
          schemaObject(bySchema, mapping, rs.getString(1), rs.getString(3).toLowerCase(Locale.ROOT), rs.getString(2));
          return null;
        });
    s.query(
        "SELECT EVENT_SCHEMA, EVENT_NAME FROM information_schema.EVENTS ORDER BY EVENT_SCHEMA, EVENT_NAME",
        rs -> {
          schemaObject(bySchema, mapping, rs.getString(1), "event", rs.getString(2));
          return null;
        });
    List<Finding> out = new ArrayList<>();
    bySchema.forEach((schema, skipped) -> out.add(Finding.warning(CheckItem.SKIPPED_OBJECTS,
        s.name() + ": " + Quoting.identifier(schema), skipped.describe(), WHY, FIX)));
    if (out.isEmpty()) {
      out.add(Finding.ok(CheckItem.SKIPPED_OBJECTS, s.name(),
          "the selected schemas hold no views, triggers, routines, events or sequences"));
    }
    return out;
  }

  private static void schemaObject(
      Map<String, Skipped> bySchema, TableMapping mapping, String schema, String kind, String name) {
    if (mapping.selectsSchema(schema)) {
      bySchema.computeIfAbsent(schema, k -> new Skipped()).add(kind, Quoting.identifier(name));
    }
  }
}
