package dev.ferry.ui.wizard;

import dev.ferry.config.rules.ExpressionFilterRule;
import dev.ferry.rules.expr.ExpressionCompileException;
import dev.ferry.rules.expr.RowExpression;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One expression filter: row changes of a table whose expression is true are not replicated. */
public final class ExpressionRow {

  /** Which row change the expression looks at (DM's four keys). */
  public enum Kind {
    INSERT("insert-value-expr"),
    UPDATE_OLD("update-old-value-expr"),
    UPDATE_NEW("update-new-value-expr"),
    DELETE("delete-value-expr");

    private final String dmName;

    Kind(String dmName) {
      this.dmName = dmName;
    }

    @Override
    public String toString() {
      return dmName;
    }
  }

  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty schema = new SimpleStringProperty("");
  private final StringProperty table = new SimpleStringProperty("");
  private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.INSERT);
  private final StringProperty expression = new SimpleStringProperty("");
  private final StringProperty error = new SimpleStringProperty("");

  public ExpressionRow(String name) {
    this.name.set(name);
  }

  static ExpressionRow of(String name, ExpressionFilterRule r) {
    ExpressionRow row = new ExpressionRow(name);
    row.schema.set(r.schema() == null ? "" : r.schema());
    row.table.set(r.table() == null ? "" : r.table());
    if (r.insertValueExpr() != null) {
      row.kind.set(Kind.INSERT);
      row.expression.set(r.insertValueExpr());
    } else if (r.updateOldValueExpr() != null) {
      row.kind.set(Kind.UPDATE_OLD);
      row.expression.set(r.updateOldValueExpr());
    } else if (r.updateNewValueExpr() != null) {
      row.kind.set(Kind.UPDATE_NEW);
      row.expression.set(r.updateNewValueExpr());
    } else if (r.deleteValueExpr() != null) {
      row.kind.set(Kind.DELETE);
      row.expression.set(r.deleteValueExpr());
    }
    return row;
  }

  ExpressionFilterRule toRule() {
    String e = expression.get().trim();
    Kind k = kind.get();
    return new ExpressionFilterRule(
        schema.get().trim(),
        table.get().trim(),
        k == Kind.INSERT ? e : null,
        k == Kind.UPDATE_OLD ? e : null,
        k == Kind.UPDATE_NEW ? e : null,
        k == Kind.DELETE ? e : null);
  }

  /** The expression's syntax error with its position, or "" when it compiles. */
  public String syntaxError() {
    String e = expression.get().trim();
    if (e.isEmpty()) {
      return "Enter an expression, e.g. c_status = 'deleted'.";
    }
    try {
      RowExpression.compile(e);
      return "";
    } catch (ExpressionCompileException ex) {
      return "Syntax error at character " + (ex.position() + 1) + ": " + ex.reason();
    }
  }

  Observable[] fields() {
    return new Observable[] {name, schema, table, kind, expression};
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty schemaProperty() {
    return schema;
  }

  public StringProperty tableProperty() {
    return table;
  }

  public ObjectProperty<Kind> kindProperty() {
    return kind;
  }

  public StringProperty expressionProperty() {
    return expression;
  }

  public StringProperty errorProperty() {
    return error;
  }
}
