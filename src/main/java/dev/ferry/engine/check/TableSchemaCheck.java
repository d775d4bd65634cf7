package dev.ferry.engine.check;

import dev.ferry.engine.db.Quoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Per-table structure checks: keys (DM {@code table_schema}), engines, charsets, foreign keys. */
final class TableSchemaCheck {

  private static final Set<String> TRANSACTIONAL = Set.of("INNODB", "XTRADB", "ROCKSDB", "TOKUDB");
  private static final Set<String> NON_TRANSACTIONAL = Set.of("MYISAM", "ARIA", "MEMORY", "HEAP", "ARCHIVE", "CSV");
  private static final Set<String> REMOTE = Set.of("FEDERATED", "FEDERATEDX", "CONNECT", "SPIDER", "MRG_MYISAM", "MERGE");

  private TableSchemaCheck() {}

  static String where(ServerSession s, TableInfo t) {
    return s.name() + ": " + Quoting.table(t.id());
  }

  /** table_schema: every table should have a primary key or a unique key on NOT NULL columns. */
  static List<Finding> keys(ServerSession s, List<TableInfo> tables) {
    List<Finding> out = new ArrayList<>();
    for (TableInfo t : tables) {
      if (t.hasUsableKey()) {
        continue;
      }
      boolean nullableUnique = !t.uniqueKeys().isEmpty();
      String table = Quoting.table(t.id());
      out.add(Finding.warning(CheckItem.TABLE_SCHEMA, where(s, t),
          nullableUnique ? "only unique keys on nullable columns, no primary key" : "no primary key and no unique key",
          "Without a key the copy cannot be split into chunks (one reader copies the whole table) and"
              + " cannot be resumed mid-table; the sync finds rows to update or delete by comparing every"
              + " column, which is slow and touches every duplicate row alike.",
          "Add a primary key on the source, e.g.\nALTER TABLE " + table + " ADD PRIMARY KEY (<not-null unique columns>);\n"
              + "or, if there are none:\nALTER TABLE " + table
              + " ADD COLUMN ferry_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY;"));
    }
    if (out.isEmpty()) {
      out.add(Finding.ok(CheckItem.TABLE_SCHEMA, s.name(), "all " + tables.size() + " selected table(s) have a primary or unique key"));
    }
    return out;
  }

  /** table_engine: storage engines Ferry can copy consistently and the target can create. */
  static List<Finding> engines(ServerSession s, List<TableInfo> tables, Set<String> targetEngines) {
    List<Finding> out = new ArrayList<>();
    for (TableInfo t : tables) {
      String engine = t.engine().toUpperCase(Locale.ROOT);
      if (REMOTE.contains(engine)) {
        out.add(Finding.error(CheckItem.TABLE_ENGINE, where(s, t), "engine " + t.engine(),
            "The table's rows live elsewhere (or in other tables); its changes are not in this source's binlog as rows of this table.",
            "Migrate the underlying tables instead and leave this one out with the block-allow-list."));
      } else if (NON_TRANSACTIONAL.contains(engine)) {
        out.add(Finding.warning(CheckItem.TABLE_ENGINE, where(s, t), "engine " + t.engine() + " (not transactional)",
            "A consistent snapshot of a non-transactional table needs FLUSH TABLES WITH READ LOCK or LOCK TABLES"
                + " for the whole copy (consistency flush or lock); otherwise rows changing during the copy may be missed.",
            "ALTER TABLE " + Quoting.table(t.id()) + " ENGINE = InnoDB;  -- or use consistency 'flush' / 'lock'"));
      } else if (!engine.isEmpty() && !TRANSACTIONAL.contains(engine) && !engine.equals("BLACKHOLE")) {
        out.add(Finding.warning(CheckItem.TABLE_ENGINE, where(s, t), "engine " + t.engine(),
            "Ferry has not been tested with this engine.", "ALTER TABLE " + Quoting.table(t.id()) + " ENGINE = InnoDB;"));
      }
      if (targetEngines != null && !engine.isEmpty() && !targetEngines.isEmpty() && !targetEngines.contains(engine)) {
        out.add(Finding.warning(CheckItem.TABLE_ENGINE, where(s, t), "the target has no " + t.engine() + " engine",
            "The target creates the table with its default engine, or rejects it when sql_mode has NO_ENGINE_SUBSTITUTION.",
            "Create the table on the target yourself before starting, or convert it on the source to InnoDB."));
      }
    }
    if (out.isEmpty()) {
      out.add(Finding.ok(CheckItem.TABLE_ENGINE, s.name(), "all selected tables use transactional engines"));
    }
    return out;
  }

  /** table_charset: every charset and collation used must exist on the target. */
  static List<Finding> charsets(ServerSession s, List<TableInfo> tables, Map<String, String> targetCollations) {
    List<Finding> out = new ArrayList<>();
    if (targetCollations == null || targetCollations.isEmpty()) {
      return out;
    }
    Set<String> targetCharsets = new TreeSet<>(targetCollations.values());
    for (TableInfo t : tables) {
      TreeSet<String> missing = new TreeSet<>();
      List<String> collations = new ArrayList<>();
      collations.add(t.collation());
      t.columns().forEach(c -> collations.add(c.collation()));
      for (String collation : collations) {
        if (collation != null && !collation.isEmpty() && !targetCollations.containsKey(collation.toLowerCase(Locale.ROOT))) {
          missing.add(collation);
        }
      }
      for (TableInfo.Column c : t.columns()) {
        if (c.charset() != null && !targetCharsets.contains(c.charset().toLowerCase(Locale.ROOT))) {
          missing.add("charset " + c.charset());
        }
      }
      if (!missing.isEmpty()) {
        out.add(Finding.error(CheckItem.TABLE_CHARSET, where(s, t), "the target lacks " + String.join(", ", missing),
            "CREATE TABLE on the target fails for a charset or collation it does not know.",
            "Convert the table on the source, e.g.\nALTER TABLE " + Quoting.table(t.id())
                + " CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;\n"
                + "or create the table on the target yourself before starting."));
      }
    }
    if (out.isEmpty()) {
      out.add(Finding.ok(CheckItem.TABLE_CHARSET, s.name(), "the target knows every charset and collation used"));
    }
    return out;
  }

  /** foreign_key: reported for information; the target does not re-check them during the copy. */
  static List<Finding> foreignKeys(ServerSession s, List<TableInfo> tables) {
    List<Finding> out = new ArrayList<>();
    for (TableInfo t : tables) {
      if (!t.foreignKeys().isEmpty()) {
        out.add(Finding.info(CheckItem.FOREIGN_KEY, where(s, t), "foreign keys: " + String.join(", ", t.foreignKeys()),
            "Tables are copied in parallel, not in dependency order, so the target must accept rows before the"
                + " rows they reference (writes run with foreign_key_checks=0, as DM's do); cascaded changes"
                + " arrive as their own row events. TiDB parses foreign keys but enforces them only from v6.6.",
            ""));
      }
    }
    return out;
  }
}
