package dev.ferry.engine.load;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hands chunks to the copy's lanes so that each lane keeps to its own table. Two loads into one
 * InnoDB table with an AUTO_INCREMENT column serialize on the table's AUTO-INC lock (bulk inserts
 * hold it for the whole statement under the default {@code innodb_autoinc_lock_mode=1}), and a
 * table finished early gets its deferred indexes early. So a lane takes, in this order: the next
 * chunk of the table it is on; the first table (in plan order) no lane is on; the table with the
 * most chunks left, shared with another lane only when nothing else is left.
 */
final class WorkQueue {

  /** Pending chunks per table, in plan order. */
  private final Map<PreparedTable, Deque<PreparedTable.Work>> pending = new LinkedHashMap<>();
  /** The table each lane is on. */
  private final Map<Integer, PreparedTable> laneTable = new HashMap<>();

  WorkQueue(Iterable<PreparedTable.Work> work) {
    for (PreparedTable.Work w : work) {
      pending.computeIfAbsent(w.table(), t -> new ArrayDeque<>()).add(w);
    }
  }

  /** The next chunk for {@code lane}, or null when every chunk was handed out. */
  synchronized PreparedTable.Work next(int lane) {
    PreparedTable current = laneTable.get(lane);
    PreparedTable table = current != null && pending.containsKey(current) ? current : pick();
    if (table == null) {
      laneTable.remove(lane);
      return null;
    }
    laneTable.put(lane, table);
    Deque<PreparedTable.Work> chunks = pending.get(table);
    PreparedTable.Work w = chunks.poll();
    if (chunks.isEmpty()) {
      pending.remove(table);
    }
    return w;
  }

  private PreparedTable pick() {
    PreparedTable shared = null;
    for (Map.Entry<PreparedTable, Deque<PreparedTable.Work>> e : pending.entrySet()) {
      if (!laneTable.containsValue(e.getKey())) {
        return e.getKey();
      }
      if (shared == null || e.getValue().size() > pending.get(shared).size()) {
        shared = e.getKey();
      }
    }
    return shared;
  }
}
