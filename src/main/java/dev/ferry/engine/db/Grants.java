package dev.ferry.engine.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The privileges of the logged-in account, parsed from {@code SHOW GRANTS}: global ({@code *.*}),
 * schema ({@code `db`.*}, where the name is a LIKE pattern) and table grants. Column-level grants
 * and routine grants are ignored: they never allow reading or writing whole tables.
 *
 * <p>Privileges that reach the account through roles are not visible in every server's output;
 * {@link #hasRoles()} tells callers to treat a missing privilege as uncertain.
 */
public final class Grants {

  /** Where a grant applies. */
  public enum Level {
    GLOBAL,
    SCHEMA,
    TABLE
  }

  /** One {@code GRANT … ON …} line: privileges (upper case) on a schema pattern and table. */
  public record Grant(Level level, String schemaPattern, String table, Set<String> privileges) {}

  private final List<Grant> grants;
  private final boolean roles;

  private Grants(List<Grant> grants, boolean roles) {
    this.grants = List.copyOf(grants);
    this.roles = roles;
  }

  /** Runs {@code SHOW GRANTS} (for the current user, including its active roles where shown). */
  public static Grants read(Connection connection, String label) {
    List<String> lines = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SHOW GRANTS")) {
      while (rs.next()) {
        lines.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw DbException.of(label, e);
    }
    return parse(lines);
  }

  /** Parses the lines of {@code SHOW GRANTS}. */
  public static Grants parse(List<String> lines) {
    List<Grant> grants = new ArrayList<>();
    boolean roles = false;
    for (String line : lines) {
      String l = line.trim();
      if (!l.regionMatches(true, 0, "GRANT ", 0, 6)) {
        continue;
      }
      int on = indexOfKeyword(l, " ON ");
      if (on < 0) {
        roles = true; // GRANT `role` TO `user`@`host`
        continue;
      }
      int to = indexOfKeyword(l, " TO ");
      if (to < on) {
        continue;
      }
      Set<String> privileges = privileges(l.substring(6, on));
      String object = l.substring(on + 4, to).trim();
      String upper = object.toUpperCase(Locale.ROOT);
      if (upper.startsWith("FUNCTION ") || upper.startsWith("PROCEDURE ")
          || upper.startsWith("PACKAGE ") || privileges.contains("PROXY")) {
        continue;
      }
      if (upper.startsWith("TABLE ")) {
        object = object.substring(6).trim();
      }
      List<String> parts = objectParts(object);
      if (parts.size() != 2) {
        continue;
      }
      String schema = parts.get(0);
      String table = parts.get(1);
      Level level = schema.equals("*") ? Level.GLOBAL : table.equals("*") ? Level.SCHEMA : Level.TABLE;
      grants.add(new Grant(level, schema, table, privileges));
    }
    return new Grants(grants, roles);
  }

  public List<Grant> grants() {
    return grants;
  }

  /** True when the account has roles whose privileges may not be listed. */
  public boolean hasRoles() {
    return roles;
  }

  /** True when {@code privilege} is granted on {@code *.*}. */
  public boolean hasGlobal(String privilege) {
    return grants.stream().anyMatch(g -> g.level() == Level.GLOBAL && covers(g, privilege));
  }

  /** True when {@code privilege} is granted globally or on {@code schema.*}. */
  public boolean hasOnSchema(String privilege, String schema, boolean ignoreCase) {
    return grants.stream()
        .anyMatch(
            g -> covers(g, privilege)
                && (g.level() == Level.GLOBAL
                    || (g.level() == Level.SCHEMA && likeMatches(g.schemaPattern(), schema, ignoreCase))));
  }

  /** True when {@code privilege} is granted globally, on the table's schema, or on the table. */
  public boolean hasOnTable(String privilege, String schema, String table, boolean ignoreCase) {
    if (hasOnSchema(privilege, schema, ignoreCase)) {
      return true;
    }
    return grants.stream()
        .anyMatch(
            g -> g.level() == Level.TABLE
                && covers(g, privilege)
                && equal(g.schemaPattern(), schema, ignoreCase)
                && equal(g.table(), table, ignoreCase));
  }

  private static boolean covers(Grant g, String privilege) {
    Set<String> p = g.privileges();
    return p.contains(privilege) || p.contains("ALL PRIVILEGES") && !privilege.equals("GRANT OPTION");
  }

  private static boolean equal(String a, String b, boolean ignoreCase) {
    return ignoreCase ? a.equalsIgnoreCase(b) : a.equals(b);
  }

  /** MySQL's schema-grant matching: {@code %} and {@code _} are wildcards, {@code \} escapes. */
  static boolean likeMatches(String pattern, String value, boolean ignoreCase) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (c == '%') {
        regex.append(".*");
      } else if (c == '_') {
        regex.append('.');
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    return Pattern.compile(regex.toString(), flags | Pattern.DOTALL).matcher(value).matches();
  }

  private static Set<String> privileges(String list) {
    Set<String> out = new LinkedHashSet<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : (list + ",").toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
      if (c == ',' && depth == 0) {
        String p = current.toString().trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        current.setLength(0);
        if (p.isEmpty() || p.contains("(")) {
          continue; // a column-level grant does not cover the whole table
        }
        out.add(p.equals("ALL") ? "ALL PRIVILEGES" : p);
        if (p.equals("BINLOG MONITOR")) {
          out.add("REPLICATION CLIENT"); // MariaDB 10.5 renamed it; the old name is an alias
        }
      } else {
        current.append(c);
      }
    }
    return out;
  }

  /** Splits {@code `a`.`b`}, {@code a.*} or {@code *.*} into its two names, unquoted. */
  private static List<String> objectParts(String object) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < object.length(); i++) {
      char c = object.charAt(i);
      if (c == '`') {
        if (quoted && i + 1 < object.length() && object.charAt(i + 1) == '`') {
          current.append('`');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == '.' && !quoted) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  private static int indexOfKeyword(String line, String keyword) {
    // Outside back-quoted names only: a schema may be called `x TO y`.
    boolean quoted = false;
    for (int i = 0; i + keyword.length() <= line.length(); i++) {
      char c = line.charAt(i);
      if (c == '`') {
        quoted = !quoted;
      } else if (!quoted && line.regionMatches(true, i, keyword, 0, keyword.length())) {
        return i;
      }
    }
    return -1;
  }
}
