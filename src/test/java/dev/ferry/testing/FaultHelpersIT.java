package dev.ferry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The TCP proxy cuts and restores real connections; the child JVM helper kills with SIGKILL. */
@ExtendWith(MariaDbExtension.class)
class FaultHelpersIT {

  private static String url(TcpProxy proxy) {
    return "jdbc:mysql://" + proxy.host() + ":" + proxy.port()
        + "/?sslMode=DISABLED&connectTimeout=3000&socketTimeout=10000";
  }

  private static int selectOne(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void proxyCutBreaksOpenConnectionsAndRestoreAcceptsNewOnes(Sandbox sandbox) throws Exception {
    try (TcpProxy proxy = TcpProxy.to(sandbox.target())) {
      try (Connection c = DriverManager.getConnection(url(proxy), MariaDbServer.USER, MariaDbServer.PASSWORD)) {
        assertThat(selectOne(c)).isEqualTo(1);
        proxy.cut();
        assertThatThrownBy(() -> selectOne(c)).isInstanceOf(SQLException.class);
      }
      assertThatThrownBy(
              () -> DriverManager.getConnection(url(proxy), MariaDbServer.USER, MariaDbServer.PASSWORD))
          .isInstanceOf(SQLException.class);
      proxy.restore();
      try (Connection c = DriverManager.getConnection(url(proxy), MariaDbServer.USER, MariaDbServer.PASSWORD)) {
        assertThat(selectOne(c)).isEqualTo(1);
      }
    }
  }

  @Test
  void childJvmIsKilledWithSigkillAndRestarted() throws Exception {
    try (ChildJvm child = ChildJvm.start(TickingMain.class, List.of("tick"), Map.of(), Map.of())) {
      await().atMost(Duration.ofSeconds(30)).until(() -> child.output().contains("tick 1"));
      long firstPid = child.pid();
      assertThat(child.kill9()).isEqualTo(137); // 128 + SIGKILL: no shutdown hook ran
      assertThat(child.output()).doesNotContain("shutdown hook");
      child.restart();
      assertThat(child.pid()).isNotEqualTo(firstPid);
      await().atMost(Duration.ofSeconds(30)).until(() -> child.output().split("tick 1", -1).length == 3);
    }
  }

  @Test
  void targetRestartKeepsItsData(Sandbox sandbox) {
    String db = sandbox.targetDatabase();
    MariaDbServer target = sandbox.target();
    target.execute("CREATE TABLE " + db + ".r (id INT PRIMARY KEY)", "INSERT INTO " + db + ".r VALUES (5)");
    int port = target.port();
    target.restart();
    assertThat(target.port()).isEqualTo(port);
    assertThat(target.queryString("SELECT id FROM " + db + ".r")).isEqualTo("5");
  }
}
