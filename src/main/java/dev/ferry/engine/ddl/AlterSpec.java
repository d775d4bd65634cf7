package dev.ferry.engine.ddl;

import dev.ferry.domain.TableId;

/**
 * One clause of an ALTER TABLE, with its text as the source wrote it ({@code text}), so a split
 * statement keeps the user's exact syntax.
 */
public sealed interface AlterSpec {

  String text();

  /** {@code ADD [COLUMN] def [FIRST | AFTER col]}. */
  record AddColumn(String text, ColumnDef column, Position position, boolean ifNotExists)
      implements AlterSpec {}

  /** {@code DROP [COLUMN] name}. */
  record DropColumn(String text, String name, boolean ifExists) implements AlterSpec {}

  /** {@code MODIFY col def} or {@code CHANGE old new def}. */
  record ChangeColumn(String text, String oldName, ColumnDef column, Position position)
      implements AlterSpec {}

  /** {@code RENAME COLUMN a TO b}. */
  record RenameColumn(String text, String oldName, String newName) implements AlterSpec {}

  /** {@code ADD PRIMARY KEY / UNIQUE / INDEX ...}. */
  record AddIndex(String text, IndexDef index, boolean ifNotExists) implements AlterSpec {}

  /** {@code DROP PRIMARY KEY} (name {@code PRIMARY}) or {@code DROP INDEX name}. */
  record DropIndex(String text, String name, boolean ifExists) implements AlterSpec {}

  /** {@code RENAME INDEX a TO b}. */
  record RenameIndex(String text, String oldName, String newName) implements AlterSpec {}

  /** {@code RENAME [TO] new}. */
  record RenameTable(String text, TableRef to) implements AlterSpec {}

  /** {@code CONVERT TO CHARACTER SET x [COLLATE y]}: every text column changes. */
  record ConvertCharset(String text, String charset, String collation) implements AlterSpec {}

  /** {@code [DEFAULT] CHARACTER SET = x}: the default for new columns. */
  record DefaultCharset(String text, String charset, String collation) implements AlterSpec {}

  /**
   * Anything that does not change what row images look like (ENGINE, COMMENT, defaults, FKs...).
   */
  record Other(String text) implements AlterSpec {}

  /** Where a column goes: at the end, first, or after a column. */
  record Position(boolean first, String after) {
    public static final Position END = new Position(false, null);
  }

  /** True for clauses after which the statement's table has a new name. */
  default TableId renamesTo() {
    return this instanceof RenameTable r ? r.to().id() : null;
  }
}
