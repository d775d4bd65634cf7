package dev.ferry.engine.check;

import dev.ferry.engine.db.Hosting;
import dev.ferry.engine.db.ServerInfo;

/** Fix text for server settings: SET GLOBAL plus my.cnf, or the managed service's way. */
final class ServerFixes {

  private ServerFixes() {}

  /**
   * How to set {@code name} to {@code value} on this server. {@code dynamic} says whether SET
   * GLOBAL works without a restart.
   */
  static String setting(ServerInfo info, String name, String value, boolean dynamic) {
    if (info.hosting() == Hosting.AWS_AURORA) {
      return "Set " + name + " = " + value
          + " in the DB cluster parameter group of the Aurora cluster, then reboot the writer instance.";
    }
    if (info.hosting() == Hosting.AWS_RDS) {
      return "Set " + name + " = " + value
          + " in the DB parameter group of the RDS instance (reboot if the parameter is static).";
    }
    String cnf = "[mysqld]\n" + name + " = " + value;
    if (!dynamic) {
      return "Add to the server's my.cnf and restart it:\n" + cnf;
    }
    String literal = value.matches("-?\\d+") ? value : "'" + value + "'";
    return "SET GLOBAL " + name + " = " + literal + ";\n"
        + "-- and in my.cnf so that it survives a restart:\n" + cnf;
  }
}
