package dev.ferry.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Maps DDL text to the binlog-filter event type DM gives it (DM {@code AstToDDLEvent}), from the
 * statement's keywords alone.
 *
 * <p>For ALTER TABLE, DM looks at the clauses in order and the first one it recognises decides:
 * {@code DROP COLUMN} → drop column, {@code DROP INDEX/KEY} → drop index, {@code DROP PRIMARY KEY},
 * {@code DROP/TRUNCATE/REORGANIZE/REBUILD/COALESCE/EXCHANGE PARTITION}, {@code RENAME
 * COLUMN/INDEX/TO}, {@code ALTER COLUMN} → modify default value, {@code ADD INDEX/KEY/UNIQUE/
 * PRIMARY KEY/FOREIGN KEY/CONSTRAINT/CHECK} → modify constraint, table options {@code CHARSET},
 * {@code COLLATE}, {@code ENGINE}, and {@code MODIFY/CHANGE COLUMN} (see {@link
 * DdlClassification#columnChangeDecides()}). Clauses DM does not map — {@code ADD COLUMN}, {@code
 * ADD PARTITION}, {@code COMMENT=}, ... — leave the statement as plain {@code alter table}; DM
 * never produces {@code add column} or {@code add table partition} for MySQL sources.
 */
public final class DdlClassifier {

  private DdlClassifier() {}

  /** Classifies one DDL statement. */
  public static DdlClassification classify(String sql) {
    List<String> w = words(sql);
    EventType t = classify(w);
    if (t == null) {
      return alterTable(w);
    }
    return new DdlClassification(t, false);
  }

  private static EventType classify(List<String> w) {
    String first = at(w, 0);
    switch (first) {
      case "CREATE":
        return create(w);
      case "DROP":
        return drop(w);
      case "ALTER":
        if (isSchemaWord(at(w, 1))) {
          return EventType.ALTER_DATABASE;
        }
        return null; // ALTER TABLE, handled by the caller; anything else is unmapped there
      case "TRUNCATE":
        return EventType.TRUNCATE_TABLE;
      case "RENAME":
        return "TABLE".equals(at(w, 1)) ? EventType.RENAME_TABLE : EventType.UNMAPPED;
      default:
        return EventType.UNMAPPED;
    }
  }

  private static EventType create(List<String> w) {
    if (isSchemaWord(at(w, 1))) {
      return EventType.CREATE_DATABASE;
    }
    int i = 1;
    while (i < w.size() && isCreateModifier(w.get(i))) {
      i++;
    }
    String what = at(w, i);
    if ("TABLE".equals(what)) {
      return EventType.CREATE_TABLE;
    }
    if ("INDEX".equals(what)) {
      return EventType.CREATE_INDEX;
    }
    return w.contains("VIEW") ? EventType.CREATE_VIEW : EventType.UNMAPPED;
  }

  private static boolean isCreateModifier(String word) {
    return switch (word) {
      case "TEMPORARY", "UNIQUE", "FULLTEXT", "SPATIAL", "OR", "REPLACE" -> true;
      default -> false;
    };
  }

  private static EventType drop(List<String> w) {
    String what = at(w, 1);
    if (isSchemaWord(what)) {
      return EventType.DROP_DATABASE;
    }
    if ("TEMPORARY".equals(what)) {
      what = at(w, 2);
    }
    return switch (what) {
      case "TABLE", "TABLES" -> EventType.DROP_TABLE;
      case "VIEW" -> EventType.DROP_VIEW;
      case "INDEX" -> EventType.DROP_INDEX;
      default -> EventType.UNMAPPED;
    };
  }

  private static boolean isSchemaWord(String word) {
    return "DATABASE".equals(word) || "SCHEMA".equals(word);
  }

  private static DdlClassification alterTable(List<String> w) {
    int i = 1;
    while (i < w.size() && ("ONLINE".equals(w.get(i)) || "IGNORE".equals(w.get(i)))) {
      i++;
    }
    if (!"TABLE".equals(at(w, i))) {
      return new DdlClassification(EventType.UNMAPPED, false);
    }
    i += 2; // TABLE name
    while (".".equals(at(w, i))) {
      i += 2; // schema.table
    }
    for (List<String> spec : specs(w, i)) {
      String a = at(spec, 0);
      String b = at(spec, 1);
      EventType t =
          switch (a) {
            case "MODIFY", "CHANGE" -> EventType.ALTER_TABLE;
            case "DROP" -> dropClause(b, at(spec, 2));
            case "RENAME" -> renameClause(b);
            case "ALTER" ->
                "INDEX".equals(b) || "CHECK".equals(b) || "CONSTRAINT".equals(b)
                    ? null
                    : EventType.MODIFY_DEFAULT_VALUE;
            case "ADD" -> isConstraint(b) ? EventType.MODIFY_CONSTRAINT : null;
            case "TRUNCATE" -> "PARTITION".equals(b) ? EventType.TRUNCATE_TABLE_PARTITION : null;
            case "REORGANIZE" -> EventType.REORGANIZE_TABLE_PARTITION;
            case "REBUILD" -> EventType.REBUILD_TABLE_PARTITION;
            case "COALESCE" -> EventType.COALESCE_TABLE_PARTITION;
            case "EXCHANGE" -> EventType.EXCHANGE_TABLE_PARTITION;
            default -> tableOption(spec);
          };
      if (t != null) {
        return new DdlClassification(t, "MODIFY".equals(a) || "CHANGE".equals(a));
      }
    }
    return new DdlClassification(EventType.ALTER_TABLE, false);
  }

  private static EventType dropClause(String b, String c) {
    return switch (b) {
      case "INDEX", "KEY" -> EventType.DROP_INDEX;
      case "PRIMARY" -> EventType.DROP_PRIMARY_KEY;
      case "PARTITION" -> EventType.DROP_TABLE_PARTITION;
      case "FOREIGN", "CHECK", "CONSTRAINT" -> null;
      default -> "DEFAULT".equals(c) ? null : EventType.DROP_COLUMN;
    };
  }

  private static EventType renameClause(String b) {
    return switch (b) {
      case "COLUMN" -> EventType.RENAME_COLUMN;
      case "INDEX", "KEY" -> EventType.RENAME_INDEX;
      default -> EventType.RENAME_TABLE;
    };
  }

  private static boolean isConstraint(String b) {
    return switch (b) {
      case "INDEX",
          "KEY",
          "UNIQUE",
          "PRIMARY",
          "FOREIGN",
          "CONSTRAINT",
          "FULLTEXT",
          "SPATIAL",
          "CHECK" ->
          true;
      default -> false;
    };
  }

  // A table-options clause: the first charset, collation or engine option decides.
  private static EventType tableOption(List<String> spec) {
    for (int i = 0; i < spec.size(); i++) {
      String s = spec.get(i);
      if ("CHARSET".equals(s) || ("CHARACTER".equals(s) && "SET".equals(at(spec, i + 1)))) {
        return EventType.MODIFY_CHARSET;
      }
      if ("COLLATE".equals(s)) {
        return EventType.MODIFY_COLLATION;
      }
      if ("ENGINE".equals(s)) {
        return EventType.MODIFY_STORAGE_ENGINE;
      }
    }
    return null;
  }

  private static List<List<String>> specs(List<String> w, int from) {
    List<List<String>> out = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    int depth = 0;
    for (int i = from; i < w.size(); i++) {
      String s = w.get(i);
      if ("(".equals(s)) {
        depth++;
      } else if (")".equals(s)) {
        depth--;
      }
      if (",".equals(s) && depth == 0) {
        out.add(cur);
        cur = new ArrayList<>();
      } else {
        cur.add(s);
      }
    }
    out.add(cur);
    return out;
  }

  private static String at(List<String> w, int i) {
    return i < w.size() ? w.get(i) : "";
  }

  /**
   * Upper-cased keywords and punctuation; quoted names and strings become {@code "?"}. Comments are
   * dropped, but the body of a versioned comment {@code /*!40005 ... *}{@code /} is kept because
   * the server executes it.
   */
  static List<String> words(String sql) {
    List<String> out = new ArrayList<>();
    String s = sql == null ? "" : sql;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("/*!", i)) {
        i += 3;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
          i++;
        }
      } else if (s.startsWith("*/", i)) {
        i += 2;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? s.length() : end + 2;
      } else if (c == '#' || s.startsWith("-- ", i)) {
        int end = s.indexOf('\n', i);
        i = end < 0 ? s.length() : end + 1;
      } else if (c == '`' || c == '\'' || c == '"') {
        i = skipQuoted(s, i, c);
        out.add("?");
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
        int start = i;
        while (i < s.length()
            && (Character.isLetterOrDigit(s.charAt(i))
                || s.charAt(i) == '_'
                || s.charAt(i) == '$')) {
          i++;
        }
        out.add(s.substring(start, i).toUpperCase(Locale.ROOT));
      } else {
        out.add(String.valueOf(c));
        i++;
      }
    }
    return out;
  }

  private static int skipQuoted(String s, int i, char q) {
    int j = i + 1;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '\\' && q != '`') {
        j += 2;
      } else if (c == q) {
        if (j + 1 < s.length() && s.charAt(j + 1) == q) {
          j += 2;
        } else {
          return j + 1;
        }
      } else {
        j++;
      }
    }
    return j;
  }
}
