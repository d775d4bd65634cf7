package dev.ferry.engine.db;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds the one {@code SET} statement every Ferry connection runs after login: the session time
 * zone pinned to UTC ({@code +00:00}, which needs no time-zone tables on the server) so TIMESTAMP
 * values are read and written unshifted, then the endpoint's configured variables, which win.
 */
public final class SessionVariables {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final java.util.Set<String> KEYWORDS = java.util.Set.of("ON", "OFF", "DEFAULT", "TRUE", "FALSE");

  private SessionVariables() {}

  /** The variables for {@code endpoint}, in the order they are set. */
  public static Map<String, String> of(Endpoint endpoint) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("time_zone", "+00:00");
    endpoint.session().forEach((k, v) -> all.put(k.toLowerCase(Locale.ROOT), v));
    return all;
  }

  /**
   * {@code SET SESSION a = 1, SESSION b = 'x'}; numbers and ON/OFF/DEFAULT stay bare, anything
   * else becomes a string literal.
   *
   * @throws IllegalArgumentException for a variable name that is not a plain identifier
   */
  public static String setStatement(Map<String, String> variables) {
    StringBuilder sql = new StringBuilder("SET ");
    boolean first = true;
    for (Map.Entry<String, String> e : variables.entrySet()) {
      if (!NAME.matcher(e.getKey()).matches()) {
        throw new IllegalArgumentException("Not a session variable name: " + e.getKey());
      }
      if (!first) {
        sql.append(", ");
      }
      first = false;
      sql.append("SESSION ").append(e.getKey()).append(" = ").append(value(e.getValue()));
    }
    return sql.toString();
  }

  private static String value(String raw) {
    String v = raw == null ? "" : raw.trim();
    if (NUMBER.matcher(v).matches() || KEYWORDS.contains(v.toUpperCase(Locale.ROOT))) {
      return v;
    }
    if (v.length() >= 2 && v.startsWith("'") && v.endsWith("'")) {
      v = v.substring(1, v.length() - 1);
    }
    return Quoting.literal(v);
  }
}
