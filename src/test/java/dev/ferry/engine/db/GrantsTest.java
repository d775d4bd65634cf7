package dev.ferry.engine.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GrantsTest {

  @Test
  void allPrivilegesOnEverythingCoversAnyTable() {
    Grants g = Grants.parse(List.of("GRANT ALL PRIVILEGES ON *.* TO `root`@`127.0.0.1` WITH GRANT OPTION"));
    assertThat(g.hasGlobal("RELOAD")).isTrue();
    assertThat(g.hasOnTable("SELECT", "shop", "orders", false)).isTrue();
  }

  @Test
  void schemaGrantsAreLikePatternsWithEscapes() {
    Grants g = Grants.parse(List.of(
        "GRANT SELECT, LOCK TABLES ON `shop\\_%`.* TO `ferry`@`%`",
        "GRANT INSERT ON `exact`.* TO `ferry`@`%`"));
    assertThat(g.hasOnSchema("SELECT", "shop_eu", false)).isTrue();
    assertThat(g.hasOnSchema("SELECT", "shopXeu", false)).isFalse();
    assertThat(g.hasOnSchema("LOCK TABLES", "shop_1", false)).isTrue();
    assertThat(g.hasOnSchema("INSERT", "EXACT", true)).isTrue();
    assertThat(g.hasOnSchema("INSERT", "EXACT", false)).isFalse();
    assertThat(g.hasGlobal("SELECT")).isFalse();
  }

  @Test
  void tableGrantsCoverOnlyThatTableAndColumnGrantsNothing() {
    Grants g = Grants.parse(List.of(
        "GRANT USAGE ON *.* TO `u`@`h`",
        "GRANT SELECT ON `shop`.`orders` TO `u`@`h`",
        "GRANT SELECT (`id`, `name`) ON `shop`.`users` TO `u`@`h`"));
    assertThat(g.hasOnTable("SELECT", "shop", "orders", false)).isTrue();
    assertThat(g.hasOnTable("SELECT", "shop", "users", false)).isFalse();
  }

  @Test
  void binlogMonitorCountsAsReplicationClientAndRolesAreNoticed() {
    Grants g = Grants.parse(List.of(
        "GRANT BINLOG MONITOR, REPLICATION SLAVE ON *.* TO `r`@`%`",
        "GRANT `reader` TO `r`@`%`"));
    assertThat(g.hasGlobal("REPLICATION CLIENT")).isTrue();
    assertThat(g.hasGlobal("REPLICATION SLAVE")).isTrue();
    assertThat(g.hasRoles()).isTrue();
  }

  @Test
  void currentUserSplitsAtTheLastAt() {
    Account a = Account.parse("ops@team@10.0.%");
    assertThat(a.user()).isEqualTo("ops@team");
    assertThat(a.sql()).isEqualTo("'ops@team'@'10.0.%'");
    assertThat(Account.parse("o'brien@%").sql()).isEqualTo("'o''brien'@'%'");
  }
}
