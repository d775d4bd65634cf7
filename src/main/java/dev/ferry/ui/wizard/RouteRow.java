package dev.ferry.ui.wizard;

import dev.ferry.config.rules.RouteRule;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
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
  private final List<ExtractColumnRow> extractions;
  private final StringBinding extractSummary;

  public RouteRow(String name) {
    this(name, null);
  }

  private RouteRow(String name, RouteRule loaded) {
    this.name.set(name);
    extractions =
        List.of(
            new ExtractColumnRow(
                ExtractColumnRow.Kind.TABLE, loaded == null ? null : loaded.extractTable()),
            new ExtractColumnRow(
                ExtractColumnRow.Kind.SCHEMA, loaded == null ? null : loaded.extractSchema()),
            new ExtractColumnRow(
                ExtractColumnRow.Kind.SOURCE, loaded == null ? null : loaded.extractSource()));
    List<Observable> deps = new ArrayList<>();
    extractions.forEach(x -> deps.addAll(List.of(x.fields())));
    extractSummary =
        Bindings.createStringBinding(
            () ->
                String.join(
                    ", ",
                    extractions.stream()
                        .map(ExtractColumnRow::summary)
                        .filter(t -> !t.isEmpty())
                        .toList()),
            deps.toArray(Observable[]::new));
  }

  static RouteRow of(String name, RouteRule r) {
    RouteRow row = new RouteRow(name, r);
    row.schemaPattern.set(nz(r.schemaPattern()));
    row.tablePattern.set(nz(r.tablePattern()));
    row.targetSchema.set(nz(r.targetSchema()));
    row.targetTable.set(nz(r.targetTable()));
    return row;
  }

  /** The rule, with its extract columns. */
  RouteRule toRule() {
    return new RouteRule(
        schemaPattern.get().trim(),
        tablePattern.get().trim(),
        targetSchema.get().trim(),
        targetTable.get().trim(),
        extraction(ExtractColumnRow.Kind.TABLE).toExtraction(),
        extraction(ExtractColumnRow.Kind.SCHEMA).toExtraction(),
        extraction(ExtractColumnRow.Kind.SOURCE).toExtraction());
  }

  Observable[] fields() {
    List<Observable> out =
        new ArrayList<>(List.of(name, schemaPattern, tablePattern, targetSchema, targetTable));
    extractions.forEach(x -> out.addAll(List.of(x.fields())));
    return out.toArray(Observable[]::new);
  }

  /** The extract-table, extract-schema and extract-source fields, in DM's order. */
  public List<ExtractColumnRow> extractions() {
    return extractions;
  }

  public ExtractColumnRow extraction(ExtractColumnRow.Kind kind) {
    return extractions.get(kind.ordinal());
  }

  /** The extract columns in one line for the rules table ("" when none). */
  public StringBinding extractSummaryProperty() {
    return extractSummary;
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
