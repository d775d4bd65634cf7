package dev.ferry.ui.dashboard;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of the Replace DDL dialog: the SQL to run on the target instead of the rejected DDL
 * (one or more statements separated by {@code ;}), prefilled with the rejected statement, and
 * whether it can be used.
 */
public final class DdlReplacementForm {

  private final StringProperty sql = new SimpleStringProperty("");
  private final StringBinding error;
  private final BooleanBinding valid;

  public DdlReplacementForm(String rejected) {
    sql.set(rejected == null ? "" : rejected.strip());
    error =
        Bindings.createStringBinding(
            () ->
                statements().isEmpty()
                    ? "Enter at least one SQL statement, e.g. the rejected one corrected for the"
                        + " target. Separate several statements with ;"
                    : "",
            sql);
    valid = error.isEmpty();
  }

  /** The statements as typed, split at semicolons outside quotes and comments. */
  public List<String> statements() {
    return SqlStatements.split(sql.get());
  }

  /** A summary for the dialog: how many statements will run. */
  public String summary() {
    int n = statements().size();
    return n == 1
        ? "1 statement will run on the target."
        : n + " statements will run on the target, in order.";
  }

  public StringProperty sqlProperty() {
    return sql;
  }

  /** Why the SQL cannot be used, "" when it can. */
  public StringBinding errorProperty() {
    return error;
  }

  public BooleanBinding validProperty() {
    return valid;
  }
}
