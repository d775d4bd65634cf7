package dev.ferry.ui.wizard;

import dev.ferry.config.rules.BinlogFilterRule;
import dev.ferry.config.rules.FilterAction;
import java.util.Arrays;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** One binlog event filter on the Filters page. */
public final class FilterRow {

  /** The event types offered as check boxes, in DM's spelling. */
  public static final List<String> EVENT_CHOICES =
      List.of(
          "all dml",
          "insert",
          "update",
          "delete",
          "all ddl",
          "create table",
          "alter table",
          "drop table",
          "truncate table",
          "rename table",
          "create database",
          "drop database",
          "incompatible ddl changes");

  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty schemaPattern = new SimpleStringProperty("*");
  private final StringProperty tablePattern = new SimpleStringProperty("");
  private final ObservableSet<String> events = FXCollections.observableSet();
  private final StringProperty sqlPatterns = new SimpleStringProperty("");
  private final ObjectProperty<FilterAction> action =
      new SimpleObjectProperty<>(FilterAction.IGNORE);
  private final StringProperty error = new SimpleStringProperty("");

  public FilterRow(String name) {
    this.name.set(name);
  }

  static FilterRow of(String name, BinlogFilterRule r) {
    FilterRow row = new FilterRow(name);
    row.schemaPattern.set(r.schemaPattern() == null ? "" : r.schemaPattern());
    row.tablePattern.set(r.tablePattern() == null ? "" : r.tablePattern());
    row.events.addAll(r.events());
    row.sqlPatterns.set(String.join("\n", r.sqlPattern()));
    row.action.set(r.action() == null ? FilterAction.IGNORE : r.action());
    return row;
  }

  BinlogFilterRule toRule() {
    List<String> sql =
        Arrays.stream(sqlPatterns.get().split("\n"))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .toList();
    List<String> ev = EVENT_CHOICES.stream().filter(events::contains).toList();
    List<String> other = events.stream().filter(e -> !EVENT_CHOICES.contains(e)).sorted().toList();
    return new BinlogFilterRule(
        schemaPattern.get().trim(),
        tablePattern.get().trim(),
        java.util.stream.Stream.concat(ev.stream(), other.stream()).toList(),
        sql,
        action.get());
  }

  Observable[] fields() {
    return new Observable[] {name, schemaPattern, tablePattern, events, sqlPatterns, action};
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

  public ObservableSet<String> events() {
    return events;
  }

  /** One regex per line, matched against DDL text. */
  public StringProperty sqlPatternsProperty() {
    return sqlPatterns;
  }

  public ObjectProperty<FilterAction> actionProperty() {
    return action;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
