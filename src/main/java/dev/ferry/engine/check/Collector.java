package dev.ferry.engine.check;

import dev.ferry.engine.db.DbError;
import dev.ferry.engine.db.DbException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs checks for one server, skipping ignored items, and turns a check that could not finish (a
 * query failed) into a warning instead of losing the other checks' results.
 */
final class Collector {

  private static final Logger LOG = LoggerFactory.getLogger(Collector.class);

  private final Set<String> ignored;
  private final List<Finding> out;
  private final String serverName;

  Collector(Set<String> ignored, List<Finding> out, String serverName) {
    this.ignored = ignored;
    this.out = out;
    this.serverName = serverName;
  }

  boolean on(CheckItem item) {
    return !item.ignoredBy(ignored);
  }

  void many(CheckItem item, Supplier<? extends Collection<Finding>> check) {
    if (!on(item)) {
      return;
    }
    try {
      out.addAll(check.get());
    } catch (DbException e) {
      out.add(Finding.warning(item, serverName, "could not check: " + e.getMessage(),
          "Ferry could not verify this item.",
          e.kind() == DbError.PRIVILEGE_MISSING ? "Grant the privilege the server names, or ignore the item." : ""));
    } catch (RuntimeException e) {
      LOG.warn("Precheck item {} failed on {}", item.id(), serverName, e);
      out.add(Finding.warning(item, serverName, "could not check: " + e, "Ferry could not verify this item.", ""));
    }
  }

  void one(CheckItem item, Supplier<Finding> check) {
    many(item, () -> List.of(check.get()));
  }

  void optional(CheckItem item, Supplier<Optional<Finding>> check) {
    many(item, () -> check.get().map(List::of).orElse(List.of()));
  }
}
