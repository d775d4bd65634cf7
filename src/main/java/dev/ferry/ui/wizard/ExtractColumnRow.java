package dev.ferry.ui.wizard;

import dev.ferry.config.rules.Extraction;
import dev.ferry.rules.GoRegex;
import dev.ferry.rules.InvalidPatternException;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One of a route's extract columns (DM {@code extract-table}, {@code extract-schema}, {@code
 * extract-source}): a regex over the table name, schema name or source id whose capture groups,
 * joined, are written to {@code target-column}. Unset while both fields are blank.
 */
public final class ExtractColumnRow {

  /** What the regex reads. */
  public enum Kind {
    TABLE("extract-table", "table-regexp", "Table name", "t_(.*)", "c_table"),
    SCHEMA("extract-schema", "schema-regexp", "Schema name", "shop_(.*)", "c_schema"),
    SOURCE("extract-source", "source-regexp", "Source id", "mysql-(.*)", "c_source");

    private final String key;
    private final String regexKey;
    private final String label;
    private final String exampleRegex;
    private final String exampleColumn;

    Kind(String key, String regexKey, String label, String exampleRegex, String exampleColumn) {
      this.key = key;
      this.regexKey = regexKey;
      this.label = label;
      this.exampleRegex = exampleRegex;
      this.exampleColumn = exampleColumn;
    }

    /** DM's key, e.g. {@code extract-table}. */
    public String key() {
      return key;
    }

    /** DM's regex key, e.g. {@code table-regexp}. */
    public String regexKey() {
      return regexKey;
    }

    public String label() {
      return label;
    }

    public String exampleRegex() {
      return exampleRegex;
    }

    public String exampleColumn() {
      return exampleColumn;
    }
  }

  /** MySQL's limit for a column name. */
  static final int MAX_COLUMN_NAME = 64;

  private final Kind kind;
  private final StringProperty regexp = new SimpleStringProperty("");
  private final StringProperty targetColumn = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");

  ExtractColumnRow(Kind kind, Extraction loaded) {
    this.kind = kind;
    if (loaded != null) {
      regexp.set(loaded.regexp() == null ? "" : loaded.regexp());
      targetColumn.set(loaded.targetColumn() == null ? "" : loaded.targetColumn());
    }
  }

  /** The extraction, or null when unset. */
  Extraction toExtraction() {
    return isSet() ? new Extraction(regexp.get().trim(), targetColumn.get().trim()) : null;
  }

  boolean isSet() {
    return !regexp.get().isBlank() || !targetColumn.get().isBlank();
  }

  /** The field's own problem ("" when none), before the task's validation. */
  String check() {
    if (!isSet()) {
      return "";
    }
    if (regexp.get().isBlank()) {
      return "Enter the "
          + kind.regexKey()
          + " whose capture groups give the value, e.g. "
          + kind.exampleRegex()
          + ".";
    }
    try {
      GoRegex.compile(regexp.get().trim(), false);
    } catch (InvalidPatternException e) {
      return "The " + kind.regexKey() + " is not valid: " + e.getMessage() + ".";
    }
    String column = targetColumn.get().trim();
    if (column.isEmpty()) {
      return "Name the target column that receives the value, e.g. " + kind.exampleColumn() + ".";
    }
    if (column.length() > MAX_COLUMN_NAME) {
      return "A column name has at most " + MAX_COLUMN_NAME + " characters.";
    }
    return "";
  }

  /** One line for the rules table, e.g. {@code c_table ← table-regexp t_(.*)}; "" when unset. */
  String summary() {
    return isSet()
        ? targetColumn.get().trim() + " ← " + kind.label().toLowerCase(java.util.Locale.ROOT)
        : "";
  }

  Observable[] fields() {
    return new Observable[] {regexp, targetColumn};
  }

  public Kind kind() {
    return kind;
  }

  public StringProperty regexpProperty() {
    return regexp;
  }

  public StringProperty targetColumnProperty() {
    return targetColumn;
  }

  /** The problem shown under the fields ("" when fine). */
  public StringProperty errorProperty() {
    return error;
  }
}
