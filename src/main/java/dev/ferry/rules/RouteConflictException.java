package dev.ferry.rules;

import java.util.List;

/** A schema or table matched more than one route rule at the same level (DM refuses this). */
public final class RouteConflictException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> ruleNames;

  public RouteConflictException(String schema, String table, List<String> ruleNames) {
    super(message(schema, table, ruleNames));
    this.ruleNames = List.copyOf(ruleNames);
  }

  public List<String> ruleNames() {
    return ruleNames;
  }

  static String message(String schema, String table, List<String> ruleNames) {
    String what = table == null || table.isEmpty() ? "schema " + schema : schema + "." + table;
    return what
        + " matches more than one route rule at the same level: "
        + String.join(", ", ruleNames)
        + "; make the patterns disjoint or use one table-level rule for it";
  }
}
