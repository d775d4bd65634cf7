package dev.ferry.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Statements DM always skips, whatever the rules say (DM {@code utils.IsBuildInSkipDDL}): {@code
 * SAVEPOINT}, {@code FLUSH}, table maintenance, temporary tables, triggers, procedures, views,
 * functions, tablespaces, events and account management. Each pattern is anchored at the start of
 * the statement and matched case-insensitively. Skipped statements still advance the checkpoint.
 */
public final class BuiltInSkips {

  static final List<String> PATTERNS =
      List.of(
          "^SAVEPOINT",
          "^FLUSH",
          "^OPTIMIZE\\s+TABLE",
          "^ANALYZE\\s+TABLE",
          "^REPAIR\\s+TABLE",
          "^DROP\\s+(\\/\\*\\!40005\\s+)?TEMPORARY\\s+(\\*\\/\\s+)?TABLE",
          "^CREATE\\s+(DEFINER\\s?=.+?)?TRIGGER",
          "^DROP\\s+TRIGGER",
          "^DROP\\s+PROCEDURE",
          "^CREATE\\s+(DEFINER\\s?=.+?)?PROCEDURE",
          "^ALTER\\s+PROCEDURE",
          "^CREATE\\s*(OR REPLACE)?\\s+(ALGORITHM\\s?=.+?)?(DEFINER\\s?=.+?)?\\s+(SQL SECURITY"
              + " DEFINER)?VIEW",
          "^DROP\\s+VIEW",
          "^ALTER\\s+(ALGORITHM\\s?=.+?)?(DEFINER\\s?=.+?)?(SQL SECURITY DEFINER)?VIEW",
          "^CREATE\\s+(AGGREGATE)?\\s*?FUNCTION",
          "^CREATE\\s+(DEFINER\\s?=.+?)?FUNCTION",
          "^ALTER\\s+FUNCTION",
          "^DROP\\s+FUNCTION",
          "^CREATE\\s+TABLESPACE",
          "^ALTER\\s+TABLESPACE",
          "^DROP\\s+TABLESPACE",
          "^CREATE\\s+(DEFINER\\s?=.+?)?EVENT",
          "^ALTER\\s+(DEFINER\\s?=.+?)?EVENT",
          "^DROP\\s+EVENT",
          "^GRANT",
          "^REVOKE",
          "^CREATE\\s+USER",
          "^ALTER\\s+USER",
          "^RENAME\\s+USER",
          "^DROP\\s+USER",
          "^SET\\s+PASSWORD");

  private static final Pattern SKIP =
      Pattern.compile(String.join("|", PATTERNS), Pattern.CASE_INSENSITIVE);

  private BuiltInSkips() {}

  /** Whether DM silently skips {@code sql}. */
  public static boolean isBuiltInSkip(String sql) {
    return sql != null && SKIP.matcher(sql).find();
  }
}
