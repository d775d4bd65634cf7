package dev.ferry.engine.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Parses column definitions, index definitions and table options (CREATE and ALTER TABLE). */
final class DefinitionParser {

  /** A column with the keys written on it ({@code id INT PRIMARY KEY}). */
  record ParsedColumn(ColumnDef column, boolean primaryKey, boolean unique) {}

  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("integer", "int"),
          Map.entry("int4", "int"),
          Map.entry("int8", "bigint"),
          Map.entry("int1", "tinyint"),
          Map.entry("int2", "smallint"),
          Map.entry("int3", "mediumint"),
          Map.entry("middleint", "mediumint"),
          Map.entry("bool", "tinyint"),
          Map.entry("boolean", "tinyint"),
          Map.entry("dec", "decimal"),
          Map.entry("numeric", "decimal"),
          Map.entry("fixed", "decimal"),
          Map.entry("real", "double"),
          Map.entry("float4", "float"),
          Map.entry("float8", "double"),
          Map.entry("character", "char"),
          Map.entry("nchar", "char"),
          Map.entry("nvarchar", "varchar"),
          Map.entry("varcharacter", "varchar"),
          Map.entry("long", "mediumtext"),
          Map.entry("serial", "bigint"));

  private DefinitionParser() {}

  static ParsedColumn column(Cursor c) {
    String name = c.name();
    int typeStart = c.i;
    String type = c.next().text().toLowerCase(Locale.ROOT);
    boolean national = false;
    if (type.equals("national")) {
      national = true;
      type = c.next().text().toLowerCase(Locale.ROOT);
    }
    if (type.equals("double") && c.accept("PRECISION")) {
      type = "double";
    } else if ((type.equals("char") || type.equals("character")) && c.accept("VARYING")) {
      type = "varchar";
    } else if (type.equals("long") && (c.at("VARCHAR") || c.at("VARBINARY"))) {
      type = c.next().is("VARBINARY") ? "mediumblob" : "mediumtext";
    }
    boolean serial = type.equals("serial");
    type = SYNONYMS.getOrDefault(type, type);
    if (national || type.equals("nchar")) {
      national = true;
    }
    List<String> values = new ArrayList<>();
    if (c.peek().isSymbol('(')) {
      if (type.equals("enum") || type.equals("set")) {
        c.expectSymbol('(');
        do {
          values.add(c.next().text());
        } while (c.acceptSymbol(','));
        c.expectSymbol(')');
      } else {
        c.skipGroup();
      }
    }
    boolean unsigned = serial;
    String charset = national ? "utf8mb3" : null;
    String collation = null;
    boolean nullable = !serial;
    boolean generated = false;
    boolean primary = false;
    boolean unique = serial;
    int typeEnd = c.i;
    while (!c.atItemEnd() && !c.at("FIRST") && !c.at("AFTER")) {
      SqlToken t = c.peek();
      if (c.accept("UNSIGNED")) {
        unsigned = true;
        typeEnd = c.i;
      } else if (c.accept("SIGNED") || c.accept("ZEROFILL")) {
        typeEnd = c.i;
      } else if (c.acceptAll("CHARACTER", "SET") || c.accept("CHARSET")) {
        charset = c.name().toLowerCase(Locale.ROOT);
      } else if (c.accept("COLLATE")) {
        collation = c.name().toLowerCase(Locale.ROOT);
      } else if (c.accept("ASCII")) {
        charset = "latin1";
      } else if (c.accept("UNICODE")) {
        charset = "ucs2";
      } else if (c.acceptAll("NOT", "NULL")) {
        nullable = false;
      } else if (c.accept("NULL")) {
        nullable = true;
      } else if (c.accept("DEFAULT") || c.acceptAll("ON", "UPDATE")) {
        skipExpression(c);
      } else if (c.acceptAll("PRIMARY", "KEY") || (t.is("KEY") && c.accept("KEY"))) {
        primary = true;
        nullable = false;
      } else if (c.accept("UNIQUE")) {
        c.accept("KEY");
        unique = true;
      } else if (c.acceptAll("GENERATED", "ALWAYS") || c.at("AS")) {
        c.expect("AS");
        generated = true;
        c.skipGroup();
      } else if (c.accept("COMMENT")) {
        c.next();
      } else {
        c.skipItem(); // AUTO_INCREMENT, CHECK (...), REFERENCES ..., INVISIBLE, STORAGE x, ...
      }
    }
    if (charset == null && collation != null) {
      charset = charsetOfCollation(collation);
    }
    if (!ColumnDef.takesCharset(type)) {
      charset = null;
      collation = null;
    }
    String typeText =
        c.sql.substring(c.tokens.get(typeStart).start(), c.tokens.get(typeEnd - 1).end());
    return new ParsedColumn(
        new ColumnDef(
            name,
            type,
            typeText,
            unsigned,
            charset,
            collation,
            values,
            nullable && !primary,
            generated),
        primary,
        unique);
  }

  /** Skips a DEFAULT / ON UPDATE value: a literal, a signed number, a call or a group. */
  private static void skipExpression(Cursor c) {
    if (c.peek().isSymbol('-') || c.peek().isSymbol('+')) {
      c.next();
    }
    if (c.peek().isSymbol('(')) {
      c.skipGroup();
      return;
    }
    SqlToken t = c.next();
    if (t.kind() == SqlToken.Kind.WORD && c.peek().isSymbol('(')) {
      c.skipGroup(); // CURRENT_TIMESTAMP(6), uuid()
    } else if (t.kind() == SqlToken.Kind.WORD
        && t.text().startsWith("_")
        && c.peek().kind() == SqlToken.Kind.STRING) {
      c.next(); // _utf8mb4'x'
    }
  }

  /** The charset a collation belongs to ({@code latin1_swedish_ci} → {@code latin1}). */
  static String charsetOfCollation(String collation) {
    String c = collation.toLowerCase(Locale.ROOT);
    if (c.equals("binary")) {
      return "binary";
    }
    int u = c.indexOf('_');
    return u < 0 ? c : c.substring(0, u);
  }

  /** True at the start of an index or constraint definition rather than a column. */
  static boolean atIndex(Cursor c) {
    SqlToken t = c.peek();
    return t.is("PRIMARY")
        || t.is("UNIQUE")
        || t.is("INDEX")
        || t.is("KEY")
        || t.is("FULLTEXT")
        || t.is("SPATIAL")
        || t.is("CONSTRAINT")
        || t.is("FOREIGN")
        || t.is("CHECK")
        || (t.is("PERIOD") && c.peek(1).is("FOR"));
  }

  /**
   * An index definition; null for constraints that create no index Ferry tracks (FOREIGN KEY,
   * CHECK, PERIOD). An unnamed index gets a null name (the catalog names it as the server does).
   */
  static IndexDef index(Cursor c) {
    String constraintName = null;
    if (c.accept("CONSTRAINT")) {
      if (!c.at("PRIMARY") && !c.at("UNIQUE") && !c.at("FOREIGN") && !c.at("CHECK")) {
        constraintName = c.name();
      }
    }
    IndexDef.Kind kind;
    if (c.acceptAll("PRIMARY", "KEY")) {
      kind = IndexDef.Kind.PRIMARY;
    } else if (c.accept("UNIQUE")) {
      kind = IndexDef.Kind.UNIQUE;
      if (!c.accept("INDEX")) {
        c.accept("KEY");
      }
    } else if (c.accept("INDEX") || c.accept("KEY")) {
      kind = IndexDef.Kind.INDEX;
    } else if (c.accept("FULLTEXT") || c.accept("SPATIAL")) {
      kind = IndexDef.Kind.INDEX;
      if (!c.accept("INDEX")) {
        c.accept("KEY");
      }
    } else {
      skipRest(c); // FOREIGN KEY, CHECK, PERIOD FOR
      return null;
    }
    c.acceptAll("IF", "NOT", "EXISTS");
    String name = constraintName;
    if (!c.peek().isSymbol('(') && !c.at("USING")) {
      name = c.name();
    }
    if (c.accept("USING")) {
      c.next();
    }
    List<String> columns = keyParts(c);
    skipRest(c);
    if (kind == IndexDef.Kind.PRIMARY) {
      name = "PRIMARY";
    }
    return new IndexDef(name, kind, columns);
  }

  /** {@code (a, b(10) DESC, (expr))}: the plain column names (expression parts are left out). */
  static List<String> keyParts(Cursor c) {
    List<String> columns = new ArrayList<>();
    c.expectSymbol('(');
    do {
      if (c.peek().isSymbol('(')) {
        c.skipGroup();
      } else {
        columns.add(c.name());
      }
      while (!c.atItemEnd()) {
        c.skipItem(); // (10), ASC, DESC
      }
    } while (c.acceptSymbol(','));
    c.expectSymbol(')');
    return columns;
  }

  private static void skipRest(Cursor c) {
    while (!c.atItemEnd()) {
      c.skipItem();
    }
  }

  /** Charset and collation from table options; the other options are skipped. */
  static String[] tableOptions(Cursor c) {
    String charset = null;
    String collation = null;
    while (!c.atEnd()
        && !c.at("PARTITION")
        && !c.at("AS")
        && !c.at("SELECT")
        && !c.at("IGNORE")
        && !c.at("REPLACE")
        && !c.peek().isSymbol('(')) {
      c.accept("DEFAULT");
      if (c.acceptAll("CHARACTER", "SET") || c.accept("CHARSET")) {
        c.acceptSymbol('=');
        charset = c.name().toLowerCase(Locale.ROOT);
      } else if (c.accept("COLLATE")) {
        c.acceptSymbol('=');
        collation = c.name().toLowerCase(Locale.ROOT);
      } else if (c.peek().isSymbol(',')) {
        c.next();
      } else {
        c.next();
        if (c.acceptSymbol('=')) {
          c.skipItem();
        } else if (!c.atEnd()
            && (c.peek().kind() != SqlToken.Kind.WORD || c.peek().isSymbol('('))) {
          c.skipItem(); // ENGINE InnoDB without '=' is a word, handled by the next round
        }
      }
    }
    if (charset == null && collation != null) {
      charset = charsetOfCollation(collation);
    }
    return new String[] {charset, collation};
  }
}
