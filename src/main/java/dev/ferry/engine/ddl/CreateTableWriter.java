package dev.ferry.engine.ddl;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a tracked table as a self-contained {@code CREATE TABLE} (every text column with its
 * character set), the form the state store keeps and {@link SchemaCatalog#load} reads back.
 */
public final class CreateTableWriter {

  private CreateTableWriter() {}

  public static String write(TableSchema t) {
    List<String> lines = new ArrayList<>();
    for (ColumnDef c : t.columns()) {
      StringBuilder sb =
          new StringBuilder("  ").append(quote(c.name())).append(' ').append(c.typeText());
      if (c.charset() != null) {
        sb.append(" CHARACTER SET ").append(c.charset());
        if (c.collation() != null) {
          sb.append(" COLLATE ").append(c.collation());
        }
      }
      if (!c.nullable()) {
        sb.append(" NOT NULL");
      }
      if (c.generated()) {
        sb.append(" AS (NULL) VIRTUAL");
      }
      lines.add(sb.toString());
    }
    for (IndexDef i : t.indexes()) {
      String cols = String.join(",", i.columns().stream().map(CreateTableWriter::quote).toList());
      lines.add(
          switch (i.kind()) {
            case PRIMARY -> "  PRIMARY KEY (" + cols + ")";
            case UNIQUE -> "  UNIQUE KEY " + quote(i.name()) + " (" + cols + ")";
            case INDEX -> "  KEY " + quote(i.name()) + " (" + cols + ")";
          });
    }
    StringBuilder sql =
        new StringBuilder("CREATE TABLE ")
            .append(quote(t.id().schema()))
            .append('.')
            .append(quote(t.id().table()))
            .append(" (\n")
            .append(String.join(",\n", lines))
            .append("\n)");
    if (t.charset() != null) {
      sql.append(" DEFAULT CHARSET=").append(t.charset());
      if (t.collation() != null) {
        sql.append(" COLLATE=").append(t.collation());
      }
    }
    return sql.toString();
  }

  static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}
