package dev.ferry.engine.sync;

import dev.ferry.domain.TableId;
import dev.ferry.engine.db.Quoting;
import dev.ferry.engine.ddl.ColumnDef;
import dev.ferry.engine.ddl.TableSchema;
import dev.ferry.rules.ExtractedColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL fragments of one table's statements, worked out once per tracked schema, target table
 * and routed extra columns: the apply workers write the same statement text for every row of a
 * table, and quoting names again for each row was a good part of their time.
 *
 * @param table the quoted target table
 * @param columns {@code (`a`, `b`, …)}: the written columns (generated ones left out, extra
 *     columns last)
 * @param tuple {@code (?, ?, …)} for one row of {@code columns}
 * @param width the number of written columns
 * @param updateSet {@code UPDATE t SET `a` = ?, …} over the table's own written columns
 */
record SqlTexts(String table, String columns, String tuple, int width, String updateSet) {

  private static final int MAX_CACHED = 4096;
  private static final Map<Key, SqlTexts> CACHE = new ConcurrentHashMap<>();

  /** Schemas compare by identity: a DDL makes a new schema object, and equality is costly. */
  private record Key(TableSchema schema, TableId target, List<ExtractedColumn> extra) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.schema == schema && k.target.equals(target) && k.extra.equals(extra);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(schema) * 31 + target.hashCode();
    }
  }

  static SqlTexts of(RowChange c) {
    Key key = new Key(c.schema(), c.target(), c.extraColumns());
    SqlTexts texts = CACHE.get(key);
    if (texts == null) {
      if (CACHE.size() >= MAX_CACHED) {
        CACHE.clear(); // old schemas (before DDLs) and tables no longer written
      }
      texts = build(c.schema(), c.target(), c.extraColumns());
      CACHE.put(key, texts);
    }
    return texts;
  }

  private static SqlTexts build(TableSchema schema, TableId target, List<ExtractedColumn> extra) {
    String table = Quoting.table(target);
    List<String> names = new ArrayList<>();
    StringBuilder set = new StringBuilder("UPDATE ").append(table).append(" SET ");
    for (ColumnDef col : schema.columns()) {
      if (col.generated()) {
        continue;
      }
      String name = Quoting.identifier(col.name());
      set.append(names.isEmpty() ? "" : ", ").append(name).append(" = ?");
      names.add(name);
    }
    for (ExtractedColumn e : extra) {
      names.add(Quoting.identifier(e.column()));
    }
    String tuple = "(" + "?, ".repeat(names.size() - 1) + "?)";
    return new SqlTexts(table, "(" + String.join(", ", names) + ")", tuple, names.size(), set.toString());
  }
}
