package dev.ferry.engine.check;

import dev.ferry.engine.db.Account;
import dev.ferry.engine.db.Quoting;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The exact GRANT statements the precheck proposes. */
final class GrantStatements {

  private GrantStatements() {}

  /** {@code GRANT A, B ON *.* TO 'u'@'h';}. */
  static String global(Collection<String> privileges, Account account) {
    return "GRANT " + String.join(", ", privileges) + " ON *.* TO " + account.sql() + ";";
  }

  /** {@code GRANT A, B ON `db`.* TO 'u'@'h';}. */
  static String onSchema(Collection<String> privileges, String schema, Account account) {
    return "GRANT "
        + String.join(", ", privileges)
        + " ON "
        + Quoting.identifier(schema)
        + ".* TO "
        + account.sql()
        + ";";
  }

  /** One statement per schema, joined by newlines. */
  static String onSchemas(Collection<String> privileges, List<String> schemas, Account account) {
    return schemas.stream()
        .map(s -> onSchema(privileges, s, account))
        .collect(Collectors.joining("\n"));
  }
}
