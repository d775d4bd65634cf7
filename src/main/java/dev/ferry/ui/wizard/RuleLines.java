package dev.ferry.ui.wizard;

import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.TablePattern;
import dev.ferry.rules.ExactName;
import dev.ferry.rules.NamePattern;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A block-allow-list written as lines, for editing the Objects page's rules by hand: {@code shop}
 * migrates a whole schema, {@code crm.users} one table; DM patterns ({@code shop_*}, {@code
 * ~^shop_[0-9]+$}) work in both parts. Lines starting with {@code !} ignore instead; DM consults
 * ignore rules only when there are no do rules, so the two kinds cannot be mixed. Blank lines and
 * {@code #} comments are skipped.
 *
 * <p>DM keeps {@code S.T} only if {@code S} matches {@code do-dbs} and, when {@code do-tables} is
 * set, {@code S.T} matches {@code do-tables}; so whole schemas next to single tables become {@code
 * S.*} entries of {@code do-tables}.
 */
final class RuleLines {

  private RuleLines() {}

  private record Parsed(
      List<String> schemas,
      List<TablePattern> tables,
      List<String> notSchemas,
      List<TablePattern> notTables) {}

  private static Parsed read(String text) {
    Parsed p =
        new Parsed(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (String raw : text.split("\n")) {
      String line = raw.trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean ignore = line.startsWith("!");
      if (ignore) {
        line = line.substring(1).trim();
      }
      int dot = dot(line);
      if (dot < 0) {
        (ignore ? p.notSchemas() : p.schemas()).add(line);
      } else {
        TablePattern t = new TablePattern(line.substring(0, dot), line.substring(dot + 1));
        (ignore ? p.notTables() : p.tables()).add(t);
      }
    }
    return p;
  }

  /**
   * Where the schema part ends: at the first dot, except that a {@code ~regex} schema may hold
   * dots, so it ends only at a {@code $.} (an anchored regex followed by a table part).
   */
  private static int dot(String line) {
    if (!line.startsWith("~")) {
      return line.indexOf('.');
    }
    int end = line.indexOf("$.");
    return end < 0 ? -1 : end + 1;
  }

  /** What is wrong with {@code text} as rules, "" when nothing. */
  static String problem(String text) {
    Parsed p = read(text);
    boolean positive = !p.schemas().isEmpty() || !p.tables().isEmpty();
    boolean negative = !p.notSchemas().isEmpty() || !p.notTables().isEmpty();
    if (positive && negative) {
      return "Write either lines to migrate or lines starting with ! to ignore, not both: DM"
          + " consults ignore rules only when there are no others.";
    }
    if (!positive && !negative) {
      return "Write at least one line: a schema, or schema.table.";
    }
    return "";
  }

  /** The block-allow-list the lines mean (see the class comment). */
  static BlockAllowList parse(String text) {
    Parsed p = read(text);
    if (p.schemas().isEmpty() && p.tables().isEmpty()) {
      return new BlockAllowList(List.of(), List.of(), p.notSchemas(), p.notTables());
    }
    Map<String, List<String>> tables = new java.util.LinkedHashMap<>();
    p.tables()
        .forEach(t -> tables.computeIfAbsent(t.dbName(), k -> new ArrayList<>()).add(t.tblName()));
    return toList(tables, p.schemas());
  }

  /**
   * The list that keeps the tables in {@code tables} (schema → table names or patterns) and every
   * table of the schemas in {@code whole}; a list that keeps nothing when both are empty.
   */
  static BlockAllowList toList(Map<String, List<String>> tables, List<String> whole) {
    return toList(tables, whole, false);
  }

  /**
   * The list that keeps exactly the named tables (schema → table names) and every table of the
   * schemas in {@code whole}: names that DM would read as patterns become exact regexes ({@link
   * ExactName}).
   */
  static BlockAllowList exactList(Map<String, List<String>> tables, List<String> whole) {
    return toList(tables, whole, true);
  }

  private static BlockAllowList toList(
      Map<String, List<String>> tables, List<String> whole, boolean exact) {
    UnaryOperator<String> name = exact ? ExactName::pattern : UnaryOperator.identity();
    Set<String> schemas = new LinkedHashSet<>(whole);
    schemas.addAll(tables.keySet());
    if (schemas.isEmpty()) {
      // empty do-lists mean "everything" in DM
      return new BlockAllowList(List.of(), List.of(), List.of("*"), List.of());
    }
    boolean allWhole = tables.keySet().stream().allMatch(whole::contains);
    List<TablePattern> doTables = new ArrayList<>();
    if (!allWhole) {
      for (String schema : schemas) {
        String db = name.apply(schema);
        if (whole.contains(schema)) {
          doTables.add(new TablePattern(db, "*"));
        } else {
          // An exact regex schema with a wildcard table would hit DM's look-up quirk (see
          // BlockAllowListFilter): that schema's table names become exact regexes too.
          boolean regexDb = exact && NamePattern.isRegex(db);
          for (String t : tables.get(schema)) {
            doTables.add(new TablePattern(db, regexDb ? ExactName.regex(t) : name.apply(t)));
          }
        }
      }
    }
    List<String> doDbs = schemas.stream().map(name).toList();
    return new BlockAllowList(doDbs, doTables, List.of(), List.of());
  }

  /** The lines of a list (a DM list written by hand may not round-trip exactly). */
  static String format(BlockAllowList list) {
    StringBuilder b = new StringBuilder();
    if (list.doTables().isEmpty()) {
      list.doDbs().forEach(d -> b.append(d).append('\n'));
    }
    for (TablePattern t : list.doTables()) {
      b.append(t.dbName()).append("*".equals(t.tblName()) ? "" : "." + t.tblName()).append('\n');
    }
    if (list.doDbs().isEmpty() && list.doTables().isEmpty()) {
      list.ignoreDbs().stream()
          .filter(d -> !"*".equals(d))
          .forEach(d -> b.append('!').append(d).append('\n'));
      list.ignoreTables()
          .forEach(
              t -> b.append('!').append(t.dbName()).append('.').append(t.tblName()).append('\n'));
    }
    return b.toString();
  }
}
