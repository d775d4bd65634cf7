package dev.ferry.engine.ddl;

import java.util.List;

/**
 * A DDL statement as far as Ferry understands it. Every kind keeps the original text and the spans
 * of the names it mentions, so it can be re-emitted with routed names.
 */
public sealed interface DdlStatement {

  String sql();

  record CreateTable(String sql, TableRef table, boolean ifNotExists, TableSchema schema)
      implements DdlStatement {}

  record CreateTableLike(String sql, TableRef table, boolean ifNotExists, TableRef like)
      implements DdlStatement {}

  record AlterTable(String sql, TableRef table, List<AlterSpec> specs, int specsStart)
      implements DdlStatement {}

  record DropTables(String sql, List<TableRef> tables, boolean ifExists) implements DdlStatement {}

  record RenameTables(String sql, List<TableRef[]> pairs) implements DdlStatement {}

  record TruncateTable(String sql, TableRef table) implements DdlStatement {}

  record CreateIndex(String sql, TableRef table, IndexDef index) implements DdlStatement {}

  record DropIndex(String sql, TableRef table, String name) implements DdlStatement {}

  /** CREATE DATABASE; {@code nameStart..nameEnd} is the span of the name. */
  record CreateDatabase(
      String sql, String name, int nameStart, int nameEnd, boolean ifNotExists, String charset)
      implements DdlStatement {}

  record AlterDatabase(String sql, String name, int nameStart, int nameEnd, String charset)
      implements DdlStatement {}

  record DropDatabase(String sql, String name, int nameStart, int nameEnd, boolean ifExists)
      implements DdlStatement {}

  /** A statement Ferry does not parse; {@code reason} says what was not understood. */
  record Unsupported(String sql, String reason) implements DdlStatement {}
}
