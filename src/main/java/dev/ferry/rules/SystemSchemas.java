package dev.ferry.rules;

import java.util.Locale;
import java.util.Set;

/**
 * The schemas DM never migrates, whatever the block-allow-list says (tidb {@code
 * filter.IsSystemSchema}); compared case-insensitively.
 */
public final class SystemSchemas {

  /** Lower-case names. */
  public static final Set<String> NAMES =
      Set.of(
          "mysql",
          "sys",
          "information_schema",
          "performance_schema",
          "metrics_schema",
          "inspection_schema",
          "dm_heartbeat");

  private SystemSchemas() {}

  public static boolean isSystemSchema(String schema) {
    return schema != null && NAMES.contains(schema.toLowerCase(Locale.ROOT));
  }
}
