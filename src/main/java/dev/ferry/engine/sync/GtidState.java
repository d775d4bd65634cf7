package dev.ferry.engine.sync;

import com.github.shyiko.mysql.binlog.GtidSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The GTID state after the last complete transaction: MariaDB keeps the last GTID per replication
 * domain ({@code 0-101-42,1-7-3}); MySQL a GTID set ({@code uuid:1-42}). Empty when unknown.
 */
final class GtidState {

  private final boolean mariaDb;
  private final Map<Long, String> domains = new LinkedHashMap<>();
  private GtidSet mysql;

  GtidState(boolean mariaDb, String initial) {
    this.mariaDb = mariaDb;
    if (initial != null && !initial.isBlank()) {
      if (mariaDb) {
        for (String g : initial.split(",")) {
          String t = g.trim();
          if (!t.isEmpty()) {
            domains.put(Long.parseLong(t.substring(0, t.indexOf('-'))), t);
          }
        }
      } else {
        mysql = new GtidSet(initial);
      }
    }
  }

  void add(String gtid) {
    if (mariaDb) {
      domains.put(Long.parseLong(gtid.substring(0, gtid.indexOf('-'))), gtid);
    } else {
      if (mysql == null) {
        mysql = new GtidSet("");
      }
      mysql.add(gtid);
    }
  }

  boolean isEmpty() {
    return mariaDb ? domains.isEmpty() : mysql == null || mysql.toString().isEmpty();
  }

  @Override
  public String toString() {
    if (mariaDb) {
      return String.join(",", domains.values());
    }
    return mysql == null ? "" : mysql.toString();
  }
}
