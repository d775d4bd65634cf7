package dev.ferry.ui.wizard;

import dev.ferry.config.rules.RouteRule;
import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable route rule on the Routes page. */
public final class RouteRow {

  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty schemaPattern = new SimpleStringProperty("");
  private final StringProperty tablePattern = new SimpleStringProperty("");
  private final StringProperty targetSchema = new SimpleStringProperty("");
  private final StringProperty targetTable = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");
  private RouteRule loaded;

  public RouteRow(String name) {
    this.name.set(name);
  }

  static RouteRow of(String name, RouteRule r) {
    RouteRow row = new RouteRow(name);
    row.schemaPattern.set(nz(r.schemaPattern()));
    row.tablePattern.set(nz(r.tablePattern()));
    row.targetSchema.set(nz(r.targetSchema()));
    row.targetTable.set(nz(r.targetTable()));
    row.loaded = r;
    return row;
  }

  /** The rule; extractions of a loaded rule are kept (the wizard does not edit them yet). */
  RouteRule toRule() {
    return new RouteRule(
        schemaPattern.get().trim(),
        tablePattern.get().trim(),
        targetSchema.get().trim(),
        targetTable.get().trim(),
        loaded == null ? null : loaded.extractTable(),
        loaded == null ? null : loaded.extractSchema(),
        loaded == null ? null : loaded.extractSource());
  }

  Observable[] fields() {
    return new Observable[] {name, schemaPattern, tablePattern, targetSchema, targetTable};
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty schemaPatternProperty() {
    return schemaPattern;
  }

  public StringProperty tablePatternProperty() {
    return tablePattern;
  }

  public StringProperty targetSchemaProperty() {
    return targetSchema;
  }

  public StringProperty targetTableProperty() {
    return targetTable;
  }

  /** The rule's problem ("" when fine). */
  public StringProperty errorProperty() {
    return error;
  }
}
