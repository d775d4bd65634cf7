package dev.ferry.engine.check;

import dev.ferry.config.TlsConfig;
import dev.ferry.engine.db.DbException;
import dev.ferry.engine.db.Endpoint;

/** connection: login to every server, with the server's own words when it fails. */
final class ConnectionCheck {

  private ConnectionCheck() {}

  static Finding passed(ServerSession s, boolean tls) {
    return Finding.ok(CheckItem.CONNECTION, s.name(),
        "logged in to " + s.info().describe() + " as " + s.info().account().sql()
            + (tls ? " over TLS" : ""));
  }

  static Finding failed(Endpoint endpoint, DbException e) {
    String target = endpoint.role() == Endpoint.Role.SOURCE ? "source '" + endpoint.id() + "'" : "target";
    String hostPort = endpoint.host() + ":" + endpoint.port();
    String why = "Ferry cannot check or migrate anything on this server until it can log in.";
    String fix =
        switch (e.kind()) {
          case AUTH_FAILED -> "Check the user name and password of " + endpoint.label() + ". If they are"
              + " right, the account may not exist for the host Ferry connects from; create it on the server:\n"
              + "CREATE USER '" + endpoint.user() + "'@'%' IDENTIFIED BY '<password>';";
          case TLS_FAILED -> "Check ssl-ca, ssl-cert and ssl-key and the verify mode ("
              + endpoint.tls().verifyMode() + "). "
              + (endpoint.tls().verifyMode() == TlsConfig.VerifyMode.VERIFY_IDENTITY
                  ? "VERIFY_IDENTITY also needs the host name to match the server certificate."
                  : "For a server without TLS use PREFERRED or DISABLED.");
          case TOO_MANY_CONNECTIONS -> "Close idle connections or raise the limit on the server:\n"
              + "SET GLOBAL max_connections = 1000;";
          case CONNECTION_FAILED, CONNECTION_LOST, QUERY_TIMEOUT -> "Check that the server runs and listens on "
              + hostPort + ", and that no firewall or security group blocks this machine.";
          default -> "See the server's message above.";
        };
    return Finding.error(CheckItem.CONNECTION, target,
        "cannot connect to " + hostPort + " as " + endpoint.user() + ": " + e.getMessage(), why, fix);
  }
}
