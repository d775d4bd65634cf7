package dev.ferry.engine.load;

import dev.ferry.config.LoadOptions.OnExistingTable;
import dev.ferry.domain.EventKind;
import dev.ferry.domain.TableId;
import dev.ferry.engine.ErrorCode;
import dev.ferry.engine.FerryException;
import dev.ferry.engine.db.Quoting;
import dev.ferry.store.StateStore;
import dev.ferry.store.TableProgress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@code on-existing-table} before the copy writes anything. A target table is "existing"
 * when it is on the target but no table in the task's stored progress goes there (the copy
 * registers a table before creating it, so a table this task created on an earlier run, or that
 * another source of a shard merge created, is the copy's own). Then: {@code fail} stops naming
 * every such table and leaves them untouched; {@code recreate} drops them; {@code append} keeps
 * them. Safe to repeat: after it ran, nothing it would act on is left except appended tables.
 */
final class ExistingTargetTables {

  private static final Logger LOG = LoggerFactory.getLogger(ExistingTargetTables.class);

  /** Tables named in the error; more are counted. */
  static final int MAX_NAMED = 20;

  private ExistingTargetTables() {}

  /**
   * @param policy the value that applies to a copied table (its source's option); a target table
   *     that several tables go to follows the first of them
   * @throws FerryException {@link ErrorCode#TARGET_TABLE_EXISTS} when a table whose policy is
   *     {@code fail} exists; then nothing was changed
   */
  static void apply(
      Connection target,
      StateStore store,
      UUID taskId,
      List<CopyTable> tables,
      Function<CopyTable, OnExistingTable> policy)
      throws SQLException {
    boolean ignoreCase = ignoresCase(target);
    Set<String> owned = new HashSet<>();
    for (TableProgress p : store.progress().tables(taskId)) {
      owned.add(key(p.target(), ignoreCase));
    }
    Map<String, CopyTable> candidates = new LinkedHashMap<>();
    for (CopyTable t : tables) {
      String k = key(t.target(), ignoreCase);
      if (!owned.contains(k)) {
        candidates.putIfAbsent(k, t);
      }
    }
    if (candidates.isEmpty()) {
      return;
    }
    Map<String, String> present = present(target, candidates.values(), ignoreCase);
    List<TableId> failing = new ArrayList<>();
    List<CopyTable> recreate = new ArrayList<>();
    candidates.forEach((k, t) -> {
      if (present.containsKey(k)) {
        switch (policy.apply(t)) {
          case FAIL -> failing.add(t.target());
          case RECREATE -> recreate.add(t);
          case APPEND -> LOG.info("Appending to the existing target table {}", t.target());
        }
      }
    });
    if (!failing.isEmpty()) {
      throw new FerryException(ErrorCode.TARGET_TABLE_EXISTS, failing.size(), names(failing));
    }
    for (CopyTable t : recreate) {
      boolean view = "VIEW".equalsIgnoreCase(present.get(key(t.target(), ignoreCase)));
      String sql = (view ? "DROP VIEW " : "DROP TABLE ") + Quoting.table(t.target());
      LOG.info("on-existing-table=recreate: {}", sql);
      try (Statement s = target.createStatement()) {
        s.execute(sql);
      }
      store.events().append(taskId, EventKind.INFO,
          "Dropped the existing target " + (view ? "view " : "table ") + Quoting.table(t.target())
              + " to create it from the source (on-existing-table=recreate)");
    }
  }

  /** `a`.`b`, `c`.`d` and N more. */
  static String names(List<TableId> tables) {
    List<String> shown = tables.stream().limit(MAX_NAMED).map(Quoting::table).toList();
    String more = tables.size() > MAX_NAMED ? " and " + (tables.size() - MAX_NAMED) + " more" : "";
    return String.join(", ", shown) + more;
  }

  /** Key → TABLE_TYPE of the wanted tables that are on the target. */
  private static Map<String, String> present(
      Connection target, java.util.Collection<CopyTable> wanted, boolean ignoreCase) throws SQLException {
    List<String> schemas = wanted.stream().map(t -> t.target().schema()).distinct().toList();
    Map<String, String> out = new LinkedHashMap<>();
    String sql =
        "SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA IN ("
            + String.join(", ", Collections.nCopies(schemas.size(), "?")) + ")";
    try (PreparedStatement ps = target.prepareStatement(sql)) {
      for (int i = 0; i < schemas.size(); i++) {
        ps.setString(i + 1, schemas.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          TableId id = TableId.of(text(rs, 1), text(rs, 2));
          out.put(key(id, ignoreCase), text(rs, 3));
        }
      }
    }
    return out;
  }

  private static boolean ignoresCase(Connection target) throws SQLException {
    try (Statement s = target.createStatement();
        ResultSet rs = s.executeQuery("SELECT @@lower_case_table_names")) {
      return rs.next() && rs.getInt(1) != 0;
    }
  }

  private static String text(ResultSet rs, int column) throws SQLException {
    byte[] b = rs.getBytes(column);
    return b == null ? "" : new String(b, StandardCharsets.UTF_8);
  }

  private static String key(TableId t, boolean ignoreCase) {
    String k = t.schema() + "\u0000" + t.table();
    return ignoreCase ? k.toLowerCase(Locale.ROOT) : k;
  }
}
