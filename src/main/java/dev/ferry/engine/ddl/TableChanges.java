package dev.ferry.engine.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Applies one ALTER TABLE clause (or CREATE/DROP INDEX) to a tracked table. Pure functions. */
final class TableChanges {

  private TableChanges() {}

  static TableSchema apply(
      TableSchema t, AlterSpec spec, BiFunction<TableSchema, ColumnDef, ColumnDef> resolve) {
    if (spec instanceof AlterSpec.AddColumn a) {
      if (t.indexOf(a.column().name()) >= 0) {
        if (a.ifNotExists()) {
          return t;
        }
        throw new IllegalStateException(
            "Column " + a.column().name() + " already exists in " + t.id());
      }
      List<ColumnDef> columns = new ArrayList<>(t.columns());
      columns.add(insertAt(t, a.position(), columns.size()), resolve.apply(t, a.column()));
      return t.withColumns(columns);
    }
    if (spec instanceof AlterSpec.DropColumn d) {
      int at = t.indexOf(d.name());
      if (at < 0) {
        if (d.ifExists()) {
          return t;
        }
        throw new IllegalStateException("Column " + d.name() + " is not in " + t.id());
      }
      List<ColumnDef> columns = new ArrayList<>(t.columns());
      columns.remove(at);
      // the server drops the column from its indexes, and indexes left empty
      List<IndexDef> indexes = new ArrayList<>();
      for (IndexDef i : t.indexes()) {
        List<String> cols = new ArrayList<>(i.columns());
        cols.removeIf(c -> c.equalsIgnoreCase(d.name()));
        if (!cols.isEmpty()) {
          indexes.add(new IndexDef(i.name(), i.kind(), cols));
        }
      }
      return t.withColumns(columns).withIndexes(indexes);
    }
    if (spec instanceof AlterSpec.ChangeColumn ch) {
      int at = t.indexOf(ch.oldName());
      if (at < 0) {
        throw new IllegalStateException("Column " + ch.oldName() + " is not in " + t.id());
      }
      List<ColumnDef> columns = new ArrayList<>(t.columns());
      columns.remove(at);
      TableSchema without = t.withColumns(columns);
      int to = ch.position() == AlterSpec.Position.END ? at : insertAt(without, ch.position(), at);
      columns.add(to, resolve.apply(t, ch.column()));
      return renameInIndexes(t.withColumns(columns), ch.oldName(), ch.column().name());
    }
    if (spec instanceof AlterSpec.RenameColumn r) {
      int at = t.indexOf(r.oldName());
      if (at < 0) {
        throw new IllegalStateException("Column " + r.oldName() + " is not in " + t.id());
      }
      List<ColumnDef> columns = new ArrayList<>(t.columns());
      columns.set(at, columns.get(at).withName(r.newName()));
      return renameInIndexes(t.withColumns(columns), r.oldName(), r.newName());
    }
    if (spec instanceof AlterSpec.AddIndex a) {
      if (a.ifNotExists() && a.index().name() != null && t.index(a.index().name()).isPresent()) {
        return t;
      }
      return addIndex(t, a.index());
    }
    if (spec instanceof AlterSpec.DropIndex d) {
      return d.ifExists() && t.index(d.name()).isEmpty() ? t : dropIndex(t, d.name());
    }
    if (spec instanceof AlterSpec.RenameIndex r) {
      List<IndexDef> indexes = new ArrayList<>();
      for (IndexDef i : t.indexes()) {
        indexes.add(
            i.name().equalsIgnoreCase(r.oldName())
                ? new IndexDef(r.newName(), i.kind(), i.columns())
                : i);
      }
      return t.withIndexes(indexes);
    }
    if (spec instanceof AlterSpec.RenameTable r) {
      return t.withId(r.to().id());
    }
    if (spec instanceof AlterSpec.ConvertCharset cv) {
      List<ColumnDef> columns = new ArrayList<>();
      for (ColumnDef c : t.columns()) {
        boolean text = ColumnDef.takesCharset(c.type()) && !"binary".equals(c.charset());
        columns.add(text ? c.withCharset(cv.charset(), cv.collation()) : c);
      }
      return t.withColumns(columns).withCharset(cv.charset(), cv.collation());
    }
    if (spec instanceof AlterSpec.DefaultCharset dc) {
      return t.withCharset(dc.charset(), dc.collation());
    }
    return t;
  }

  static TableSchema addIndex(TableSchema t, IndexDef index) {
    List<IndexDef> indexes = new ArrayList<>(t.indexes());
    String name =
        index.name() != null ? index.name() : DdlParser.freeName(indexes, index.columns().get(0));
    IndexDef named = new IndexDef(name, index.kind(), index.columns());
    if (named.kind() == IndexDef.Kind.PRIMARY) {
      indexes.add(0, named);
      // primary key columns become NOT NULL
      List<ColumnDef> columns = new ArrayList<>();
      for (ColumnDef c : t.columns()) {
        boolean inKey = named.columns().stream().anyMatch(k -> k.equalsIgnoreCase(c.name()));
        columns.add(
            inKey && c.nullable()
                ? new ColumnDef(
                    c.name(),
                    c.type(),
                    c.typeText(),
                    c.unsigned(),
                    c.charset(),
                    c.collation(),
                    c.values(),
                    false,
                    c.generated())
                : c);
      }
      return t.withIndexes(indexes).withColumns(columns);
    }
    indexes.add(named);
    return t.withIndexes(indexes);
  }

  static TableSchema dropIndex(TableSchema t, String name) {
    List<IndexDef> indexes = new ArrayList<>(t.indexes());
    if (!indexes.removeIf(i -> i.name().equalsIgnoreCase(name))) {
      throw new IllegalStateException("Index " + name + " is not in " + t.id());
    }
    return t.withIndexes(indexes);
  }

  private static int insertAt(TableSchema t, AlterSpec.Position p, int fallback) {
    if (p.first()) {
      return 0;
    }
    if (p.after() != null) {
      int at = t.indexOf(p.after());
      if (at < 0) {
        throw new IllegalStateException("Column " + p.after() + " is not in " + t.id());
      }
      return at + 1;
    }
    return fallback;
  }

  private static TableSchema renameInIndexes(TableSchema t, String from, String to) {
    if (from.equals(to)) {
      return t;
    }
    List<IndexDef> indexes = new ArrayList<>();
    for (IndexDef i : t.indexes()) {
      List<String> cols = new ArrayList<>();
      for (String c : i.columns()) {
        cols.add(c.equalsIgnoreCase(from) ? to : c);
      }
      indexes.add(new IndexDef(i.name(), i.kind(), cols));
    }
    return t.withIndexes(indexes);
  }
}
