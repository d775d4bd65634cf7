package dev.ferry.engine.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses the clauses of ALTER TABLE into {@link AlterSpec}s, keeping each clause's text. */
final class AlterParser {

  private AlterParser() {}

  static DdlStatement alter(Cursor c, TableRef table, String schema) {
    List<AlterSpec> specs = new ArrayList<>();
    int specsStart = c.atEnd() ? c.sql.length() : c.peek().start();
    if (c.atEnd()) {
      return new DdlStatement.AlterTable(c.sql, table, specs, specsStart);
    }
    for (int[] range : topLevelItems(c)) {
      Cursor s = c.slice(range[0], range[1]);
      spec(s, schema, specs);
      if (!s.atEnd()) {
        throw new Cursor.ParseException(
            "unexpected '" + s.peek().text() + "' in ALTER TABLE clause");
      }
    }
    return new DdlStatement.AlterTable(c.sql, table, specs, specsStart);
  }

  /** Token ranges of the comma-separated items from the cursor to the end. */
  private static List<int[]> topLevelItems(Cursor c) {
    List<int[]> out = new ArrayList<>();
    int depth = 0;
    int from = c.i;
    for (int k = c.i; k < c.end(); k++) {
      SqlToken t = c.tokens.get(k);
      if (t.isSymbol('(')) {
        depth++;
      } else if (t.isSymbol(')')) {
        depth--;
      } else if (depth == 0 && (t.isSymbol(',') || t.isSymbol(';'))) {
        out.add(new int[] {from, k});
        from = k + 1;
        if (t.isSymbol(';')) {
          return out;
        }
      }
    }
    if (from < c.end()) {
      out.add(new int[] {from, c.end()});
    }
    return out;
  }

  private static void spec(Cursor c, String schema, List<AlterSpec> out) {
    int start = c.i;
    if (c.accept("ADD")) {
      if (DefinitionParser.atIndex(c)) {
        IndexDef index = DefinitionParser.index(c);
        out.add(
            index == null
                ? new AlterSpec.Other(c.textFrom(start))
                : new AlterSpec.AddIndex(c.textFrom(start), index, false));
        return;
      }
      if (c.at("PARTITION")) {
        skipAll(c);
        out.add(new AlterSpec.Other(c.textFrom(start)));
        return;
      }
      c.accept("COLUMN");
      boolean ifNotExists = c.acceptAll("IF", "NOT", "EXISTS");
      if (c.peek().isSymbol('(')) {
        c.next();
        do {
          int colStart = c.i;
          DefinitionParser.ParsedColumn p = DefinitionParser.column(c);
          String text =
              "ADD COLUMN " + (ifNotExists ? "IF NOT EXISTS " : "") + c.textFrom(colStart);
          addColumn(out, text, p, AlterSpec.Position.END, ifNotExists);
        } while (c.acceptSymbol(','));
        c.expectSymbol(')');
        return;
      }
      DefinitionParser.ParsedColumn p = DefinitionParser.column(c);
      AlterSpec.Position position = position(c);
      addColumn(out, c.textFrom(start), p, position, ifNotExists);
      return;
    }
    if (c.accept("DROP")) {
      if (c.acceptAll("PRIMARY", "KEY")) {
        out.add(new AlterSpec.DropIndex(c.textFrom(start), "PRIMARY", false));
      } else if (c.accept("INDEX") || c.accept("KEY")) {
        boolean ifExists = c.acceptAll("IF", "EXISTS");
        out.add(new AlterSpec.DropIndex(c.textFrom(start), c.name(), ifExists));
      } else if (c.at("FOREIGN")
          || c.at("CHECK")
          || c.at("CONSTRAINT")
          || c.at("PARTITION")
          || c.at("PERIOD")
          || c.at("SYSTEM")) {
        skipAll(c);
        out.add(new AlterSpec.Other(c.textFrom(start)));
      } else {
        c.accept("COLUMN");
        boolean ifExists = c.acceptAll("IF", "EXISTS");
        String name = c.name();
        c.accept("RESTRICT");
        c.accept("CASCADE");
        out.add(new AlterSpec.DropColumn(c.textFrom(start), name, ifExists));
      }
      return;
    }
    if (c.accept("MODIFY")) {
      c.accept("COLUMN");
      c.acceptAll("IF", "EXISTS");
      DefinitionParser.ParsedColumn p = DefinitionParser.column(c);
      out.add(
          new AlterSpec.ChangeColumn(
              c.textFrom(start), p.column().name(), p.column(), position(c)));
      return;
    }
    if (c.accept("CHANGE")) {
      c.accept("COLUMN");
      c.acceptAll("IF", "EXISTS");
      String old = c.name();
      DefinitionParser.ParsedColumn p = DefinitionParser.column(c);
      out.add(new AlterSpec.ChangeColumn(c.textFrom(start), old, p.column(), position(c)));
      return;
    }
    if (c.accept("RENAME")) {
      if (c.accept("COLUMN")) {
        c.acceptAll("IF", "EXISTS");
        String old = c.name();
        c.expect("TO");
        out.add(new AlterSpec.RenameColumn(c.textFrom(start), old, c.name()));
      } else if (c.accept("INDEX") || c.accept("KEY")) {
        c.acceptAll("IF", "EXISTS");
        String old = c.name();
        c.expect("TO");
        out.add(new AlterSpec.RenameIndex(c.textFrom(start), old, c.name()));
      } else {
        if (!c.accept("TO")) {
          c.accept("AS");
        }
        TableRef to = c.tableRef(schema);
        out.add(new AlterSpec.RenameTable(c.textFrom(start), to));
      }
      return;
    }
    if (c.acceptAll("CONVERT", "TO")) {
      if (!c.acceptAll("CHARACTER", "SET")) {
        c.expect("CHARSET");
      }
      String charset = c.name().toLowerCase(Locale.ROOT);
      String collation = c.accept("COLLATE") ? c.name().toLowerCase(Locale.ROOT) : null;
      out.add(new AlterSpec.ConvertCharset(c.textFrom(start), charset, collation));
      return;
    }
    if (c.at("DEFAULT") || c.at("CHARACTER") || c.at("CHARSET") || c.at("COLLATE")) {
      String[] options = DefinitionParser.tableOptions(c);
      out.add(
          options[0] == null
              ? new AlterSpec.Other(c.textFrom(start))
              : new AlterSpec.DefaultCharset(c.textFrom(start), options[0], options[1]));
      return;
    }
    skipAll(c); // ALTER COLUMN, ENGINE=, COMMENT=, ALGORITHM=, LOCK=, FORCE, partitioning, ...
    out.add(new AlterSpec.Other(c.textFrom(start)));
  }

  private static void addColumn(
      List<AlterSpec> out,
      String text,
      DefinitionParser.ParsedColumn p,
      AlterSpec.Position position,
      boolean ifNotExists) {
    out.add(new AlterSpec.AddColumn(text, p.column(), position, ifNotExists));
    // ADD COLUMN id INT PRIMARY KEY also adds the key
    if (p.primaryKey()) {
      out.add(
          new AlterSpec.AddIndex(
              "",
              new IndexDef("PRIMARY", IndexDef.Kind.PRIMARY, List.of(p.column().name())),
              false));
    } else if (p.unique()) {
      out.add(
          new AlterSpec.AddIndex(
              "", new IndexDef(null, IndexDef.Kind.UNIQUE, List.of(p.column().name())), false));
    }
  }

  private static AlterSpec.Position position(Cursor c) {
    if (c.accept("FIRST")) {
      return new AlterSpec.Position(true, null);
    }
    if (c.accept("AFTER")) {
      return new AlterSpec.Position(false, c.name());
    }
    return AlterSpec.Position.END;
  }

  private static void skipAll(Cursor c) {
    while (!c.atEnd()) {
      c.skipItem();
    }
  }
}
