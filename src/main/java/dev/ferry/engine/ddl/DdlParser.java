package dev.ferry.engine.ddl;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses the DDL subset the sync tracks, by hand: CREATE / ALTER / DROP / RENAME / TRUNCATE TABLE,
 * CREATE / ALTER / DROP DATABASE, CREATE / DROP INDEX. Anything else, or text it cannot follow,
 * becomes {@link DdlStatement.Unsupported} with the reason; the caller decides (built-in skip,
 * filter by sql-pattern, or pause).
 *
 * <p>Not understood on purpose: temporary tables, partition clauses (kept as text, no effect on the
 * tracked schema), CREATE TABLE ... SELECT columns beyond those listed (the ROW binlog logs the
 * full definition anyway), functional index parts (left out of the index).
 */
public final class DdlParser {

  private DdlParser() {}

  /** Parses one statement; {@code currentSchema} is the schema of the binlog query event. */
  public static DdlStatement parse(String sql, String currentSchema) {
    Cursor c = new Cursor(sql);
    try {
      return statement(c, currentSchema);
    } catch (Cursor.ParseException | IndexOutOfBoundsException e) {
      return new DdlStatement.Unsupported(sql, "cannot parse: " + e.getMessage());
    }
  }

  private static DdlStatement statement(Cursor c, String schema) {
    String sql = c.sql;
    if (c.accept("CREATE")) {
      c.acceptAll("OR", "REPLACE");
      if (c.accept("DATABASE") || c.accept("SCHEMA")) {
        boolean ifNotExists = c.acceptAll("IF", "NOT", "EXISTS");
        SqlToken name = c.next();
        String charset = DefinitionParser.tableOptions(c)[0];
        return new DdlStatement.CreateDatabase(
            sql, name.text(), name.start(), name.end(), ifNotExists, charset);
      }
      if (c.at("TEMPORARY")) {
        return new DdlStatement.Unsupported(sql, "temporary tables are not replicated");
      }
      if (c.accept("TABLE")) {
        return createTable(c, schema);
      }
      c.accept("ONLINE");
      c.accept("OFFLINE");
      boolean unique = c.accept("UNIQUE");
      boolean other = c.accept("FULLTEXT") || c.accept("SPATIAL");
      if (c.accept("INDEX")) {
        c.acceptAll("IF", "NOT", "EXISTS");
        String name = c.name();
        if (c.accept("USING")) {
          c.next();
        }
        c.expect("ON");
        TableRef table = c.tableRef(schema);
        List<String> columns = DefinitionParser.keyParts(c);
        IndexDef.Kind kind = unique && !other ? IndexDef.Kind.UNIQUE : IndexDef.Kind.INDEX;
        return new DdlStatement.CreateIndex(sql, table, new IndexDef(name, kind, columns));
      }
      return new DdlStatement.Unsupported(sql, "not a table, index or database statement");
    }
    if (c.accept("ALTER")) {
      if (c.accept("DATABASE") || c.accept("SCHEMA")) {
        SqlToken name = c.peek();
        boolean named = name.isName() && !isDatabaseOption(name);
        if (named) {
          c.next();
        }
        String charset = DefinitionParser.tableOptions(c)[0];
        return named
            ? new DdlStatement.AlterDatabase(sql, name.text(), name.start(), name.end(), charset)
            : new DdlStatement.AlterDatabase(sql, schema, -1, -1, charset);
      }
      c.accept("ONLINE");
      c.accept("IGNORE");
      if (c.accept("TABLE")) {
        c.acceptAll("IF", "EXISTS");
        TableRef table = c.tableRef(schema);
        return AlterParser.alter(c, table, schema);
      }
      return new DdlStatement.Unsupported(sql, "not a table or database statement");
    }
    if (c.accept("DROP")) {
      if (c.accept("DATABASE") || c.accept("SCHEMA")) {
        boolean ifExists = c.acceptAll("IF", "EXISTS");
        SqlToken name = c.next();
        return new DdlStatement.DropDatabase(sql, name.text(), name.start(), name.end(), ifExists);
      }
      if (c.at("TEMPORARY")) {
        return new DdlStatement.Unsupported(sql, "temporary tables are not replicated");
      }
      if (c.accept("TABLE") || c.accept("TABLES")) {
        boolean ifExists = c.acceptAll("IF", "EXISTS");
        List<TableRef> tables = new ArrayList<>();
        do {
          tables.add(c.tableRef(schema));
        } while (c.acceptSymbol(','));
        return new DdlStatement.DropTables(sql, tables, ifExists);
      }
      c.accept("ONLINE");
      c.accept("OFFLINE");
      if (c.accept("INDEX")) {
        c.acceptAll("IF", "EXISTS");
        String name = c.name();
        c.expect("ON");
        return new DdlStatement.DropIndex(sql, c.tableRef(schema), name);
      }
      return new DdlStatement.Unsupported(sql, "not a table, index or database statement");
    }
    if (c.accept("RENAME")) {
      if (!c.accept("TABLE") && !c.accept("TABLES")) {
        return new DdlStatement.Unsupported(sql, "only RENAME TABLE is understood");
      }
      List<TableRef[]> pairs = new ArrayList<>();
      do {
        TableRef from = c.tableRef(schema);
        c.expect("TO");
        pairs.add(new TableRef[] {from, c.tableRef(schema)});
      } while (c.acceptSymbol(','));
      return new DdlStatement.RenameTables(sql, pairs);
    }
    if (c.accept("TRUNCATE")) {
      c.accept("TABLE");
      return new DdlStatement.TruncateTable(sql, c.tableRef(schema));
    }
    return new DdlStatement.Unsupported(sql, "not a DDL statement Ferry tracks");
  }

  private static boolean isDatabaseOption(SqlToken t) {
    String u = t.upper();
    return u.equals("DEFAULT")
        || u.equals("CHARACTER")
        || u.equals("CHARSET")
        || u.equals("COLLATE")
        || u.equals("COMMENT")
        || u.equals("READ")
        || u.equals("ENCRYPTION")
        || u.equals("UPGRADE");
  }

  private static DdlStatement createTable(Cursor c, String schema) {
    boolean ifNotExists = c.acceptAll("IF", "NOT", "EXISTS");
    TableRef table = c.tableRef(schema);
    if (c.accept("LIKE")) {
      return new DdlStatement.CreateTableLike(c.sql, table, ifNotExists, c.tableRef(schema));
    }
    if (c.peek().isSymbol('(') && c.peek(1).is("LIKE")) {
      c.next();
      c.next();
      return new DdlStatement.CreateTableLike(c.sql, table, ifNotExists, c.tableRef(schema));
    }
    List<ColumnDef> columns = new ArrayList<>();
    List<IndexDef> indexes = new ArrayList<>();
    if (c.peek().isSymbol('(') && !c.peek(1).is("SELECT")) {
      c.expectSymbol('(');
      do {
        if (DefinitionParser.atIndex(c)) {
          IndexDef index = DefinitionParser.index(c);
          if (index != null) {
            indexes.add(index);
          }
        } else {
          DefinitionParser.ParsedColumn p = DefinitionParser.column(c);
          columns.add(p.column());
          if (p.primaryKey()) {
            indexes.add(new IndexDef("PRIMARY", IndexDef.Kind.PRIMARY, List.of(p.column().name())));
          } else if (p.unique()) {
            indexes.add(new IndexDef(null, IndexDef.Kind.UNIQUE, List.of(p.column().name())));
          }
        }
      } while (c.acceptSymbol(','));
      c.expectSymbol(')');
    }
    if (columns.isEmpty()) {
      return new DdlStatement.Unsupported(c.sql, "CREATE TABLE without a column list");
    }
    String[] options = DefinitionParser.tableOptions(c);
    TableSchema parsed =
        new TableSchema(table.id(), columns, nameIndexes(indexes), options[0], options[1]);
    return new DdlStatement.CreateTable(c.sql, table, ifNotExists, parsed);
  }

  /** Gives unnamed indexes the server's names: the first column, then {@code _2}, {@code _3}. */
  static List<IndexDef> nameIndexes(List<IndexDef> indexes) {
    List<IndexDef> out = new ArrayList<>();
    for (IndexDef i : indexes) {
      out.add(
          i.name() != null
              ? i
              : new IndexDef(freeName(out, i.columns().get(0)), i.kind(), i.columns()));
    }
    return out;
  }

  static String freeName(List<IndexDef> existing, String base) {
    String name = base;
    for (int n = 2; taken(existing, name); n++) {
      name = base + "_" + n;
    }
    return name;
  }

  private static boolean taken(List<IndexDef> existing, String name) {
    return existing.stream().anyMatch(i -> i.name() != null && i.name().equalsIgnoreCase(name));
  }
}
