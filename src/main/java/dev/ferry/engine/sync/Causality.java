package dev.ferry.engine.sync;

import dev.ferry.engine.ddl.ColumnDef;
import dev.ferry.engine.ddl.IndexDef;
import dev.ferry.engine.ddl.TableSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the worker of each row change so that changes to the same row stay in order (DM's
 * causality). A change's keys are the values of every NOT NULL unique key in its old and new image
 * (the whole row for tables without one); changes sharing a key go to the same worker. When a
 * change's keys are already bound to two different workers, the caller must first let all workers
 * drain ({@link #CONFLICT}), then the bindings start over.
 */
final class Causality {

  static final int CONFLICT = -1;

  private final int workers;
  private final Map<String, Integer> relations = new HashMap<>();

  Causality(int workers) {
    this.workers = workers;
  }

  /** The worker for {@code keys}, or {@link #CONFLICT}; a non-conflicting result is recorded. */
  int assign(List<String> keys) {
    Set<Integer> bound = new HashSet<>();
    for (String k : keys) {
      Integer w = relations.get(k);
      if (w != null) {
        bound.add(w);
      }
    }
    if (bound.size() > 1) {
      return CONFLICT;
    }
    int worker =
        bound.isEmpty() ? Math.floorMod(keys.get(0).hashCode(), workers) : bound.iterator().next();
    for (String k : keys) {
      relations.put(k, worker);
    }
    return worker;
  }

  /** Forgets every binding; call only when all workers are drained. */
  void reset() {
    relations.clear();
  }

  int size() {
    return relations.size();
  }

  static List<String> keys(RowChange c) {
    List<String> keys = new ArrayList<>(4);
    if (c.before() != null) {
      addKeys(keys, c, c.before());
    }
    if (c.after() != null) {
      addKeys(keys, c, c.after());
    }
    return keys;
  }

  private static void addKeys(List<String> out, RowChange c, Object[] row) {
    TableSchema schema = c.schema();
    List<IndexDef> uniques = schema.notNullUniqueKeys();
    String table = c.target().toString();
    if (uniques.isEmpty()) {
      StringBuilder sb = new StringBuilder(table).append("|*");
      for (int i = 0; i < row.length; i++) {
        appendValue(sb, schema.columns().get(i), row[i]);
      }
      out.add(sb.toString());
      return;
    }
    for (int k = 0; k < uniques.size(); k++) {
      StringBuilder sb = new StringBuilder(table).append('|').append(uniques.get(k).name());
      for (int i : schema.notNullUniqueKeyPositions(k)) {
        appendValue(sb, schema.columns().get(i), row[i]);
      }
      String key = sb.toString();
      if (!out.contains(key)) {
        out.add(key);
      }
    }
  }

  private static void appendValue(StringBuilder sb, ColumnDef column, Object v) {
    sb.append('|');
    if (v == null) {
      sb.append("\\N");
    } else if (v instanceof byte[] b) {
      sb.append(Arrays.toString(b));
    } else if (v instanceof String s && column.caseInsensitive()) {
      // 'a' and 'A' are the same key under a _ci collation
      sb.append(s.toLowerCase(Locale.ROOT).stripTrailing());
    } else {
      sb.append(v);
    }
  }
}
