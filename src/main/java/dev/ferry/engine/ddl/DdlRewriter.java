package dev.ferry.engine.ddl;

import dev.ferry.domain.TableId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns one split source statement into the statement run on the target: table and schema names
 * replaced by their routed names (always schema-qualified), and {@code IF NOT EXISTS} / {@code IF
 * EXISTS} added to CREATE / DROP TABLE and DATABASE as DM does, so a replay after a resume finds
 * the target already changed and goes on. Everything else keeps the source's text.
 */
public final class DdlRewriter {

  private record Edit(int start, int end, String text) {}

  private DdlRewriter() {}

  /** The target statement, or null for statements that have no target form (unsupported). */
  public static String rewrite(DdlStatement s, NameMapper names) {
    List<Edit> edits = new ArrayList<>();
    if (s instanceof DdlStatement.CreateTable c) {
      table(edits, c.table(), names);
      if (!c.ifNotExists() && !isCreateOrReplace(c.sql())) {
        edits.add(new Edit(c.table().start(), c.table().start(), "IF NOT EXISTS "));
      }
    } else if (s instanceof DdlStatement.CreateTableLike c) {
      table(edits, c.table(), names);
      table(edits, c.like(), names);
      if (!c.ifNotExists() && !isCreateOrReplace(c.sql())) {
        edits.add(new Edit(c.table().start(), c.table().start(), "IF NOT EXISTS "));
      }
    } else if (s instanceof DdlStatement.AlterTable a) {
      table(edits, a.table(), names);
      for (AlterSpec spec : a.specs()) {
        if (spec instanceof AlterSpec.RenameTable r) {
          table(edits, r.to(), names);
        }
      }
    } else if (s instanceof DdlStatement.DropTables d) {
      for (TableRef t : d.tables()) {
        table(edits, t, names);
      }
      if (!d.ifExists()) {
        edits.add(new Edit(d.tables().get(0).start(), d.tables().get(0).start(), "IF EXISTS "));
      }
    } else if (s instanceof DdlStatement.RenameTables r) {
      for (TableRef[] p : r.pairs()) {
        table(edits, p[0], names);
        table(edits, p[1], names);
      }
    } else if (s instanceof DdlStatement.TruncateTable t) {
      table(edits, t.table(), names);
    } else if (s instanceof DdlStatement.CreateIndex c) {
      table(edits, c.table(), names);
    } else if (s instanceof DdlStatement.DropIndex d) {
      table(edits, d.table(), names);
    } else if (s instanceof DdlStatement.CreateDatabase c) {
      edits.add(
          new Edit(c.nameStart(), c.nameEnd(), CreateTableWriter.quote(names.schema(c.name()))));
      if (!c.ifNotExists()) {
        edits.add(new Edit(c.nameStart(), c.nameStart(), "IF NOT EXISTS "));
      }
    } else if (s instanceof DdlStatement.AlterDatabase a) {
      if (a.nameStart() >= 0) {
        edits.add(
            new Edit(a.nameStart(), a.nameEnd(), CreateTableWriter.quote(names.schema(a.name()))));
      }
    } else if (s instanceof DdlStatement.DropDatabase d) {
      edits.add(
          new Edit(d.nameStart(), d.nameEnd(), CreateTableWriter.quote(names.schema(d.name()))));
      if (!d.ifExists()) {
        edits.add(new Edit(d.nameStart(), d.nameStart(), "IF EXISTS "));
      }
    } else {
      return null;
    }
    return apply(s.sql(), edits);
  }

  private static boolean isCreateOrReplace(String sql) {
    List<SqlToken> t = SqlLexer.tokenize(sql);
    return t.size() > 2 && t.get(1).is("OR") && t.get(2).is("REPLACE");
  }

  private static void table(List<Edit> edits, TableRef ref, NameMapper names) {
    TableId target = names.table(ref.id());
    edits.add(
        new Edit(
            ref.start(),
            ref.end(),
            CreateTableWriter.quote(target.schema())
                + "."
                + CreateTableWriter.quote(target.table())));
  }

  private static String apply(String sql, List<Edit> edits) {
    // from the end, so earlier offsets stay valid; an insertion goes before a replacement at the
    // same place
    edits.sort(
        Comparator.comparingInt(Edit::start).thenComparingInt(e -> e.end() - e.start()).reversed());
    StringBuilder sb = new StringBuilder(sql);
    for (Edit e : edits) {
      sb.replace(e.start(), e.end(), e.text());
    }
    return sb.toString().trim();
  }
}
