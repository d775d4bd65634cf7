package dev.ferry.engine.ddl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Splits a statement the way DM does before filtering and executing: one ALTER TABLE per clause (a
 * RENAME clause last), one DROP TABLE per table, one RENAME TABLE per pair. Every piece names its
 * tables with their schema, so it no longer depends on the session's current schema.
 */
public final class DdlSplitter {

  private DdlSplitter() {}

  public static List<DdlStatement> split(DdlStatement statement, String currentSchema) {
    List<String> pieces = new ArrayList<>();
    if (statement instanceof DdlStatement.AlterTable a && a.specs().size() > 1) {
      String head = "ALTER TABLE " + qualified(a.table()) + " ";
      List<AlterSpec> specs = new ArrayList<>(a.specs());
      specs.removeIf(s -> s.text().isEmpty()); // keys written on an added column
      specs.sort(Comparator.comparing(s -> s instanceof AlterSpec.RenameTable ? 1 : 0));
      for (AlterSpec s : specs) {
        pieces.add(head + s.text());
      }
    } else if (statement instanceof DdlStatement.DropTables d && d.tables().size() > 1) {
      for (TableRef t : d.tables()) {
        pieces.add("DROP TABLE " + (d.ifExists() ? "IF EXISTS " : "") + qualified(t));
      }
    } else if (statement instanceof DdlStatement.RenameTables r && r.pairs().size() > 1) {
      for (TableRef[] p : r.pairs()) {
        pieces.add("RENAME TABLE " + qualified(p[0]) + " TO " + qualified(p[1]));
      }
    } else {
      return List.of(statement);
    }
    List<DdlStatement> out = new ArrayList<>();
    for (String p : pieces) {
      out.add(DdlParser.parse(p, currentSchema));
    }
    return out;
  }

  static String qualified(TableRef t) {
    return CreateTableWriter.quote(t.id().schema()) + "." + CreateTableWriter.quote(t.id().table());
  }
}
