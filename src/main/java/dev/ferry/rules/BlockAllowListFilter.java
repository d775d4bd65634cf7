package dev.ferry.rules;

import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.TablePattern;
import dev.ferry.domain.TableId;
import java.util.ArrayList;
import java.util.List;

/**
 * DM's block-allow-list decision (tidb {@code pkg/util/filter}), plus DM's rule that system schemas
 * ({@link SystemSchemas}) are never migrated.
 *
 * <p>Decision order for {@code S.T}, exactly as DM's code:
 *
 * <ol>
 *   <li>Schema: if {@code do-dbs} is non-empty, {@code S} must match one of them and {@code
 *       ignore-dbs} is never consulted; otherwise {@code S} must not match an {@code ignore-dbs}
 *       entry.
 *   <li>Table (skipped for schema-level statements such as CREATE/DROP DATABASE): a match in {@code
 *       do-tables} keeps the table without looking at {@code ignore-tables}; otherwise a match in
 *       {@code ignore-tables} filters it; otherwise it is kept only if {@code do-tables} is empty.
 * </ol>
 *
 * <p>One DM quirk is reproduced on purpose: for table entries whose {@code db-name} is a {@code
 * ~regex} and whose {@code tbl-name} is a wildcard, DM looks the table name up among the wildcards
 * of <em>all</em> such entries of the same list, not only the entry whose schema regex matched. So
 * {@code do-tables: [{~^a$, t1}, {~^b$, t2}]} keeps {@code b.t1}.
 */
public final class BlockAllowListFilter {

  private record TableEntry(NamePattern db, NamePattern table) {

    boolean regexDbWildcardTable() {
      return db instanceof RegexPattern && table instanceof WildcardPattern;
    }
  }

  private static final BlockAllowListFilter ALLOW_ALL =
      new BlockAllowListFilter(List.of(), List.of(), List.of(), List.of());

  private final List<NamePattern> doDbs;
  private final List<NamePattern> ignoreDbs;
  private final List<TableEntry> doTables;
  private final List<TableEntry> ignoreTables;

  private BlockAllowListFilter(
      List<NamePattern> doDbs,
      List<NamePattern> ignoreDbs,
      List<TableEntry> doTables,
      List<TableEntry> ignoreTables) {
    this.doDbs = doDbs;
    this.ignoreDbs = ignoreDbs;
    this.doTables = doTables;
    this.ignoreTables = ignoreTables;
  }

  /** No block-allow-list: every table outside the system schemas. */
  public static BlockAllowListFilter allowAll() {
    return ALLOW_ALL;
  }

  /**
   * Builds the filter; {@code list} null means no block-allow-list.
   *
   * @throws InvalidPatternException for an empty entry or an invalid pattern (DM refuses the task)
   */
  public static BlockAllowListFilter of(BlockAllowList list, boolean caseSensitive) {
    if (list == null) {
      return ALLOW_ALL;
    }
    return new BlockAllowListFilter(
        schemas(list.doDbs(), "do-dbs", caseSensitive),
        schemas(list.ignoreDbs(), "ignore-dbs", caseSensitive),
        tables(list.doTables(), "do-tables", caseSensitive),
        tables(list.ignoreTables(), "ignore-tables", caseSensitive));
  }

  private static List<NamePattern> schemas(List<String> raw, String key, boolean cs) {
    List<NamePattern> out = new ArrayList<>();
    for (String s : raw) {
      if (s == null || s.isEmpty()) {
        throw new InvalidPatternException(key + " has an empty entry");
      }
      out.add(NamePattern.parse(s, cs));
    }
    return List.copyOf(out);
  }

  private static List<TableEntry> tables(List<TablePattern> raw, String key, boolean cs) {
    List<TableEntry> out = new ArrayList<>();
    for (TablePattern t : raw) {
      if (t == null || isEmpty(t.dbName()) || isEmpty(t.tblName())) {
        throw new InvalidPatternException(key + " entries need both db-name and tbl-name");
      }
      out.add(
          new TableEntry(NamePattern.parse(t.dbName(), cs), NamePattern.parse(t.tblName(), cs)));
    }
    return List.copyOf(out);
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }

  /** Schema-level decision (CREATE/ALTER/DROP DATABASE, and the first step for every table). */
  public boolean allowsSchema(String schema) {
    if (SystemSchemas.isSystemSchema(schema)) {
      return false;
    }
    if (!doDbs.isEmpty()) {
      return anyMatch(doDbs, schema);
    }
    return ignoreDbs.isEmpty() || !anyMatch(ignoreDbs, schema);
  }

  /** Whether table {@code schema.table} is migrated; an empty table name asks the schema level. */
  public boolean allowsTable(String schema, String table) {
    if (!allowsSchema(schema)) {
      return false;
    }
    if (table == null || table.isEmpty()) {
      return true;
    }
    if (!doTables.isEmpty() && matchesAny(doTables, schema, table)) {
      return true;
    }
    if (!ignoreTables.isEmpty() && matchesAny(ignoreTables, schema, table)) {
      return false;
    }
    return doTables.isEmpty();
  }

  /** Whether {@code table} is migrated. */
  public boolean allows(TableId table) {
    return allowsTable(table.schema(), table.table());
  }

  private static boolean anyMatch(List<NamePattern> patterns, String name) {
    for (NamePattern p : patterns) {
      if (p.matches(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matchesAny(List<TableEntry> entries, String schema, String table) {
    for (TableEntry e : entries) {
      if (!e.db().matches(schema)) {
        continue;
      }
      if (e.regexDbWildcardTable()) {
        // DM quirk (see class comment): any regex-db/wildcard-table entry's wildcard will do.
        for (TableEntry other : entries) {
          if (other.regexDbWildcardTable() && other.table().matches(table)) {
            return true;
          }
        }
      } else if (e.table().matches(table)) {
        return true;
      }
    }
    return false;
  }
}
