package dev.ferry.engine.check;

import dev.ferry.engine.db.Flavor;
import dev.ferry.engine.db.ServerInfo;
import dev.ferry.engine.db.Version;

/** version: whether Ferry supports the source and target software and versions. */
final class VersionCheck {

  private VersionCheck() {}

  static Finding source(ServerSession s) {
    ServerInfo info = s.info();
    Version v = info.version();
    return switch (info.flavor()) {
      case TIDB -> Finding.warning(CheckItem.VERSION, s.name(), "the source is " + info.describe(),
          "TiDB as a source is not supported: its binlog is not MySQL's.",
          "Use TiCDC to replicate out of TiDB.");
      case MARIADB -> v.below(10, 1)
          ? Finding.warning(CheckItem.VERSION, s.name(), "the source is " + info.describe(),
              "Ferry supports MariaDB 10.1 and later as a source.", "Upgrade the source to MariaDB 10.6 or later.")
          : Finding.ok(CheckItem.VERSION, s.name(), info.describe() + " is supported as a source");
      case MYSQL -> v.below(5, 6)
          ? Finding.error(CheckItem.VERSION, s.name(), "the source is " + info.describe(),
              "Ferry needs MySQL 5.6 or later (row-based binlog with full images).",
              "Upgrade the source to MySQL 5.7 or 8.0.")
          : v.atLeast(8, 5, 0)
              ? Finding.warning(CheckItem.VERSION, s.name(), "the source is " + info.describe(),
                  "Ferry is tested with MySQL up to 8.4.", "")
              : Finding.ok(CheckItem.VERSION, s.name(), info.describe() + " is supported as a source");
    };
  }

  static Finding target(ServerSession s) {
    ServerInfo info = s.info();
    Version v = info.version();
    boolean old =
        (info.flavor() == Flavor.MYSQL && v.below(5, 7))
            || (info.flavor() == Flavor.MARIADB && v.below(10, 2))
            || (info.flavor() == Flavor.TIDB && v.below(4, 0));
    if (old) {
      return Finding.warning(CheckItem.VERSION, s.name(), "the target is " + info.describe(),
          "Ferry writes to MySQL 5.7+, MariaDB 10.2+ and TiDB 4.0+; older targets may reject its SQL.",
          "Upgrade the target.");
    }
    return Finding.ok(CheckItem.VERSION, s.name(), info.describe() + " is supported as a target");
  }
}
