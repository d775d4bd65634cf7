package dev.ferry.engine.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerInfoTest {

  @Test
  void recognisesFlavorVersionAndHosting() {
    assertThat(ServerInfo.of("u@%", Map.of("version", "10.11.6-MariaDB-log")).flavor()).isEqualTo(Flavor.MARIADB);
    ServerInfo tidb = ServerInfo.of("u@%", Map.of("version", "8.0.11-TiDB-v7.5.0"));
    assertThat(tidb.flavor()).isEqualTo(Flavor.TIDB);
    assertThat(tidb.version()).isEqualTo(Version.of(7, 5, 0));
    ServerInfo aurora = ServerInfo.of("u@%", Map.of("version", "8.0.28", "aurora_version", "3.04.0"));
    assertThat(aurora.hosting()).isEqualTo(Hosting.AWS_AURORA);
    ServerInfo rds = ServerInfo.of("u@%", Map.of("version", "8.0.35", "basedir", "/rdsdbbin/mysql-8.0.35.R2/"));
    assertThat(rds.hosting()).isEqualTo(Hosting.AWS_RDS);
    assertThat(rds.describe()).isEqualTo("MySQL 8.0.35 (Amazon RDS)");
    assertThat(Version.parse("5.5.5-10.4.7-MariaDB")).isEqualTo(Version.of(10, 4, 7));
  }

  @Test
  void binlogRetentionPrefersSecondsOverDays() {
    assertThat(ServerInfo.of("", Map.of("version", "8.0.36", "binlog_expire_logs_seconds", "3600",
        "expire_logs_days", "7")).binlogRetention()).contains(Duration.ofHours(1));
    assertThat(ServerInfo.of("", Map.of("version", "10.5.1", "expire_logs_days", "2.5"))
        .binlogRetention()).contains(Duration.ofHours(60));
    assertThat(ServerInfo.of("", Map.of("version", "10.5.1", "expire_logs_days", "0")).binlogRetention()).isEmpty();
  }

  @Test
  void timeZoneSystemResolvesToTheSystemZone() {
    ServerInfo info = ServerInfo.of("", Map.of("version", "8.0.1", "time_zone", "SYSTEM", "system_time_zone", "CET"));
    assertThat(info.effectiveTimeZone()).isEqualTo("CET");
  }

  @Test
  void sessionStatementPinsUtcAndLetsConfiguredVariablesWin() {
    Endpoint e = new Endpoint(Endpoint.Role.TARGET, "target", "h", 3306, "u", "p", null,
        Map.of("SQL_MODE", "STRICT_TRANS_TABLES", "foreign_key_checks", "0"));
    String sql = SessionVariables.setStatement(SessionVariables.of(e));
    assertThat(sql).startsWith("SET SESSION time_zone = '+00:00'")
        .contains("SESSION sql_mode = 'STRICT_TRANS_TABLES'")
        .contains("SESSION foreign_key_checks = 0");
    assertThat(e.toString()).doesNotContain("p@").doesNotContain("password");
  }
}
