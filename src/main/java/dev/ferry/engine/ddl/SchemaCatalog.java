package dev.ferry.engine.ddl;

import dev.ferry.domain.TableId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tracked upstream schemas of one source: tables and the default character set of each
 * database. {@link #apply} moves it forward by one DDL statement and reports which tables changed,
 * so the caller can persist exactly those. Not thread-safe: the sync's coordinator owns it.
 */
public final class SchemaCatalog {

  private final Map<TableId, TableSchema> tables = new LinkedHashMap<>();
  private final Map<String, String> databaseCharsets = new HashMap<>();
  private final String serverCharset;

  /**
   * @param serverCharset the source's {@code character_set_server}, the last default
   */
  public SchemaCatalog(String serverCharset) {
    this.serverCharset = serverCharset == null ? "utf8mb4" : serverCharset.toLowerCase(Locale.ROOT);
  }

  /** What one statement did to the tracked tables. */
  public record Change(Set<TableId> changed, Set<TableId> dropped) {
    static Change none() {
      return new Change(Set.of(), Set.of());
    }
  }

  public Optional<TableSchema> table(TableId id) {
    return Optional.ofNullable(tables.get(key(id)));
  }

  public Set<TableId> tableIds() {
    return Set.copyOf(tables.keySet());
  }

  public void put(TableSchema schema) {
    tables.put(key(schema.id()), schema);
  }

  public void remove(TableId id) {
    tables.remove(key(id));
  }

  public void databaseCharset(String schema, String charset) {
    if (charset != null) {
      databaseCharsets.put(schema.toLowerCase(Locale.ROOT), charset.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Loads a table from a {@code CREATE TABLE} text (from the store or {@code SHOW CREATE TABLE}).
   */
  public TableSchema load(TableId id, String createTable) {
    DdlStatement s = DdlParser.parse(createTable, id.schema());
    if (!(s instanceof DdlStatement.CreateTable create)) {
      throw new IllegalArgumentException("Not a CREATE TABLE for " + id + ": " + createTable);
    }
    TableSchema schema = resolveCharsets(create.schema().withId(id));
    put(schema);
    return schema;
  }

  /**
   * Applies one parsed statement.
   *
   * @throws IllegalStateException when the statement refers to a table that is not tracked in a way
   *     that makes the result unknowable (e.g. ALTER of an unknown table)
   */
  public Change apply(DdlStatement statement) {
    if (statement instanceof DdlStatement.CreateTable s) {
      if (s.ifNotExists() && tables.containsKey(key(s.table().id()))) {
        return Change.none();
      }
      put(resolveCharsets(s.schema()));
      return changed(s.table().id());
    }
    if (statement instanceof DdlStatement.CreateTableLike s) {
      if (s.ifNotExists() && tables.containsKey(key(s.table().id()))) {
        return Change.none();
      }
      put(require(s.like().id()).withId(s.table().id()));
      return changed(s.table().id());
    }
    if (statement instanceof DdlStatement.AlterTable s) {
      return alter(s);
    }
    if (statement instanceof DdlStatement.DropTables s) {
      Set<TableId> dropped = new TreeSet<>();
      for (TableRef t : s.tables()) {
        if (tables.remove(key(t.id())) != null) {
          dropped.add(t.id());
        }
      }
      return new Change(Set.of(), dropped);
    }
    if (statement instanceof DdlStatement.RenameTables s) {
      Set<TableId> changed = new TreeSet<>();
      Set<TableId> dropped = new TreeSet<>();
      for (TableRef[] pair : s.pairs()) {
        TableSchema from = tables.remove(key(pair[0].id()));
        if (from != null) {
          put(from.withId(pair[1].id()));
          dropped.remove(pair[1].id());
          dropped.add(pair[0].id());
          changed.remove(pair[0].id());
          changed.add(pair[1].id());
        }
      }
      return new Change(changed, dropped);
    }
    if (statement instanceof DdlStatement.CreateIndex s) {
      TableSchema t = require(s.table().id());
      put(TableChanges.addIndex(t, s.index()));
      return changed(t.id());
    }
    if (statement instanceof DdlStatement.DropIndex s) {
      TableSchema t = require(s.table().id());
      put(TableChanges.dropIndex(t, s.name()));
      return changed(t.id());
    }
    if (statement instanceof DdlStatement.CreateDatabase s) {
      databaseCharset(s.name(), s.charset() == null ? serverCharset : s.charset());
      return Change.none();
    }
    if (statement instanceof DdlStatement.AlterDatabase s) {
      if (s.name() != null) {
        databaseCharset(s.name(), s.charset());
      }
      return Change.none();
    }
    if (statement instanceof DdlStatement.DropDatabase s) {
      Set<TableId> dropped = new TreeSet<>();
      for (TableId id : new ArrayList<>(tables.keySet())) {
        if (id.schema().equals(s.name())) {
          tables.remove(id);
          dropped.add(id);
        }
      }
      return new Change(Set.of(), dropped);
    }
    return Change.none(); // TRUNCATE and unsupported statements change no structure
  }

  private Change alter(DdlStatement.AlterTable s) {
    TableSchema t = require(s.table().id());
    TableId original = t.id();
    for (AlterSpec spec : s.specs()) {
      t = TableChanges.apply(t, spec, this::resolveColumn);
    }
    if (!t.id().equals(original)) {
      tables.remove(key(original));
      put(t);
      return new Change(Set.of(t.id()), Set.of(original));
    }
    put(t);
    return changed(t.id());
  }

  private TableSchema require(TableId id) {
    TableSchema t = tables.get(key(id));
    if (t == null) {
      throw new IllegalStateException("Table " + id + " is not tracked");
    }
    return t;
  }

  private static Change changed(TableId id) {
    return new Change(Set.of(id), Set.of());
  }

  private TableSchema resolveCharsets(TableSchema t) {
    String tableCharset = t.charset() != null ? t.charset() : databaseCharset(t.id().schema());
    TableSchema withDefault = t.withCharset(tableCharset, t.collation());
    List<ColumnDef> columns = new ArrayList<>();
    for (ColumnDef c : t.columns()) {
      columns.add(resolveColumn(withDefault, c));
    }
    return withDefault.withColumns(columns);
  }

  /** A text column without its own charset takes the table's (or its collation's). */
  ColumnDef resolveColumn(TableSchema table, ColumnDef c) {
    if (!ColumnDef.takesCharset(c.type()) || c.charset() != null) {
      return c;
    }
    String charset =
        table.charset() != null ? table.charset() : databaseCharset(table.id().schema());
    String collation = charset.equals(table.charset()) ? table.collation() : null;
    return c.withCharset(charset, collation);
  }

  private String databaseCharset(String schema) {
    return databaseCharsets.getOrDefault(schema.toLowerCase(Locale.ROOT), serverCharset);
  }

  /** Table names compare as the server compares them with lower_case_table_names=0: exactly. */
  private static TableId key(TableId id) {
    return id;
  }
}
