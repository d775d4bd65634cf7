package dev.ferry.engine.check;

import dev.ferry.config.DumpOptions.Consistency;
import dev.ferry.config.SourceConfig;
import dev.ferry.domain.TaskMode;
import dev.ferry.engine.db.Account;
import dev.ferry.engine.db.Grants;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The privileges the account needs for what the task does (DM {@code dump_privilege}, {@code
 * replication_privilege}, {@code target_privilege}), each with the GRANT statement for the account
 * exactly as the server names it ({@code CURRENT_USER()}).
 */
final class PrivilegeCheck {

  static final List<String> TARGET_BASE =
      List.of("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "ALTER", "INDEX");

  private static final String ROLE_NOTE =
      " The account has roles; privileges that come from a role may not be visible here, so"
          + " this is reported as a warning.";

  private PrivilegeCheck() {}

  /** dump_privilege: SELECT on every table, plus what the consistency mode needs. */
  static List<Finding> dump(
      ServerSession s, SourceConfig source, SourceCatalog catalog, TableMapping mapping) {
    Grants grants = s.grants();
    Account account = s.info().account();
    boolean ic = s.ignoreCase();
    TreeSet<String> missingSelect = new TreeSet<>();
    for (TableInfo t : catalog.selected()) {
      if (!grants.hasOnTable("SELECT", t.id().schema(), t.id().table(), ic)) {
        missingSelect.add(t.id().schema());
      }
    }
    TreeSet<String> schemas = new TreeSet<>(catalog.schemas());
    for (String schema : mapping.literalSchemas()) {
      schemas.add(schema);
      if (!grants.hasOnSchema("SELECT", schema, ic) && catalog.selected().stream().noneMatch(t -> t.id().schema().equals(schema))) {
        missingSelect.add(schema);
      }
    }
    List<String> missing = new ArrayList<>();
    List<String> fixes = new ArrayList<>();
    if (schemas.isEmpty() && !grants.hasGlobal("SELECT")) {
      missing.add("SELECT (the account cannot see any table the task would copy)");
      fixes.add(GrantStatements.global(List.of("SELECT"), account));
    } else if (!missingSelect.isEmpty()) {
      missing.add("SELECT on " + String.join(", ", missingSelect));
      fixes.add(GrantStatements.onSchemas(List.of("SELECT"), List.copyOf(missingSelect), account));
    }
    Consistency consistency = source.dump().consistency();
    boolean managed = s.info().hosting().isManaged();
    List<String> lockSchemas = schemas.isEmpty() ? List.of() : List.copyOf(schemas);
    boolean lockTables =
        !lockSchemas.isEmpty() && lockSchemas.stream().allMatch(x -> grants.hasOnSchema("LOCK TABLES", x, ic));
    boolean reload = grants.hasGlobal("RELOAD");
    List<Finding> out = new ArrayList<>();
    String target = s.name();
    if (consistency == Consistency.FLUSH || (consistency == Consistency.AUTO && !managed)) {
      if (!reload && consistency == Consistency.AUTO && lockTables) {
        out.add(Finding.warning(CheckItem.DUMP_PRIVILEGE, target,
            "RELOAD is missing; LOCK TABLES is granted",
            "consistency=auto needs RELOAD for FLUSH TABLES WITH READ LOCK; without it Ferry falls"
                + " back to LOCK TABLES, which blocks writes to the copied tables while the snapshot starts.",
            GrantStatements.global(List.of("RELOAD"), account)));
      } else if (!reload) {
        missing.add("RELOAD (for FLUSH TABLES WITH READ LOCK, consistency=" + consistency.dmName() + ")");
        fixes.add(GrantStatements.global(List.of("RELOAD"), account));
      }
    }
    if ((consistency == Consistency.LOCK || (consistency == Consistency.AUTO && managed))
        && !lockTables && !lockSchemas.isEmpty()) {
      missing.add("LOCK TABLES (consistency=" + consistency.dmName()
          + (managed ? ", " + s.info().hosting().displayName() + " forbids FLUSH TABLES WITH READ LOCK" : "") + ")");
      fixes.add(GrantStatements.onSchemas(List.of("LOCK TABLES"), lockSchemas, account));
    }
    if (!missing.isEmpty()) {
      out.add(uncertain(grants, Finding.error(CheckItem.DUMP_PRIVILEGE, target,
          account.sql() + " lacks " + String.join("; ", missing),
          "The full copy reads every selected table and takes a consistent snapshot; without these"
              + " privileges it stops with 'Access denied'.",
          String.join("\n", fixes))));
    } else if (out.isEmpty()) {
      out.add(Finding.ok(CheckItem.DUMP_PRIVILEGE, target,
          account.sql() + " can read the " + catalog.selected().size() + " selected table(s)"));
    }
    return out;
  }

  /** replication_privilege: REPLICATION SLAVE and REPLICATION CLIENT on *.*. */
  static Finding replication(ServerSession s) {
    Grants grants = s.grants();
    Account account = s.info().account();
    List<String> missing = new ArrayList<>();
    for (String p : List.of("REPLICATION SLAVE", "REPLICATION CLIENT")) {
      if (!grants.hasGlobal(p)) {
        missing.add(p);
      }
    }
    if (missing.isEmpty()) {
      return Finding.ok(CheckItem.REPLICATION_PRIVILEGE, s.name(),
          account.sql() + " has REPLICATION SLAVE and REPLICATION CLIENT");
    }
    return uncertain(grants, Finding.error(CheckItem.REPLICATION_PRIVILEGE, s.name(),
        account.sql() + " lacks " + String.join(" and ", missing) + " on *.*",
        "Reading the binlog needs REPLICATION SLAVE; finding the binlog position and files needs"
            + " REPLICATION CLIENT (MariaDB 10.5+: BINLOG MONITOR, for which REPLICATION CLIENT is an alias).",
        GrantStatements.global(missing, account)));
  }

  /** target_privilege: create and write in every target schema the task writes to. */
  static Finding target(ServerSession s, TaskMode mode, List<String> targetSchemas) {
    Grants grants = s.grants();
    Account account = s.info().account();
    List<String> needed = new ArrayList<>(TARGET_BASE);
    if (mode.hasSync()) {
      needed.add("DROP"); // replicated DDL drops tables, columns and indexes
    }
    List<String> missingIn = new ArrayList<>();
    TreeSet<String> missingPrivileges = new TreeSet<>();
    for (String schema : targetSchemas) {
      boolean lacks = false;
      for (String p : needed) {
        if (!grants.hasOnSchema(p, schema, s.ignoreCase())) {
          missingPrivileges.add(p);
          lacks = true;
        }
      }
      if (lacks) {
        missingIn.add(schema);
      }
    }
    if (missingIn.isEmpty()) {
      return Finding.ok(CheckItem.TARGET_PRIVILEGE, s.name(),
          account.sql() + " can create and write tables in " + String.join(", ", targetSchemas));
    }
    List<String> ordered = needed.stream().filter(missingPrivileges::contains).toList();
    return uncertain(grants, Finding.error(CheckItem.TARGET_PRIVILEGE, s.name(),
        account.sql() + " lacks " + String.join(", ", ordered) + " on " + String.join(", ", missingIn),
        "Ferry creates the target tables, writes the rows, adds indexes after the copy"
            + (mode.hasSync() ? " and applies replicated DDL" : "") + ".",
        GrantStatements.onSchemas(needed, missingIn, account)));
  }

  private static Finding uncertain(Grants grants, Finding f) {
    if (!grants.hasRoles()) {
      return f;
    }
    return new Finding(f.item(), Severity.WARNING, f.target(), f.found(), f.why() + ROLE_NOTE, f.fix());
  }
}
