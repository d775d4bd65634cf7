package dev.ferry.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.TableId;
import dev.ferry.engine.dump.ServerFlavor;
import org.junit.jupiter.api.Test;

class SchemaAdapterTest {

  private static final String SHOW =
      "CREATE TABLE `orders` (\n"
          + "  `id` int(11) NOT NULL AUTO_INCREMENT,\n"
          + "  `code` varchar(10) NOT NULL,\n"
          + "  `cust` int(11) DEFAULT NULL,\n"
          + "  PRIMARY KEY (`id`),\n"
          + "  UNIQUE KEY `u_code` (`code`),\n"
          + "  KEY `k_cust` (`cust`),\n"
          + "  FULLTEXT KEY `ft` (`code`),\n"
          + "  CONSTRAINT `fk_cust` FOREIGN KEY (`cust`) REFERENCES `customers` (`id`)\n"
          + ") ENGINE=InnoDB AUTO_INCREMENT=42 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci"
          + " PAGE_CHECKSUM=1";

  @Test
  void deferredIndexesAndForeignKeysAreSplitOffKeepingThePrimaryKeyAndAutoIncrement() {
    SchemaAdapter.AdaptedTable t =
        SchemaAdapter.adapt(SHOW, TableId.of("shop", "orders2"), ServerFlavor.MARIADB, true, null);
    assertThat(t.create())
        .startsWith("CREATE TABLE `shop`.`orders2` (")
        .contains("PRIMARY KEY (`id`)")
        .contains("AUTO_INCREMENT=42")
        .doesNotContain("KEY `k_cust`")
        .doesNotContain("FOREIGN KEY");
    assertThat(t.deferred())
        .containsExactly(
            "UNIQUE KEY `u_code` (`code`)",
            "KEY `k_cust` (`cust`)",
            "FULLTEXT KEY `ft` (`code`)",
            "CONSTRAINT `fk_cust` FOREIGN KEY (`cust`) REFERENCES `customers` (`id`)");
  }

  @Test
  void theChunkKeysUniqueIndexStaysInTheCreateStatement() {
    SchemaAdapter.AdaptedTable t = SchemaAdapter.adapt(SHOW, TableId.of("s", "o"), ServerFlavor.MARIADB, true, "u_code");
    assertThat(t.create()).contains("UNIQUE KEY `u_code`");
    assertThat(t.deferred()).hasSize(3);
  }

  @Test
  void mariaDbOnlyOptionsAndCollationsAreMappedForMySqlAndTidb() {
    String mysql = SchemaAdapter.adapt(SHOW, TableId.of("s", "o"), ServerFlavor.MYSQL, false, null).create();
    assertThat(mysql).doesNotContain("PAGE_CHECKSUM").contains("utf8mb4_0900_ai_ci").contains("KEY `k_cust`");
    SchemaAdapter.AdaptedTable tidb = SchemaAdapter.adapt(SHOW, TableId.of("s", "o"), ServerFlavor.TIDB, true, null);
    assertThat(tidb.create()).contains("utf8mb4_general_ci");
    assertThat(tidb.deferred()).noneMatch(c -> c.startsWith("FULLTEXT"));
  }
}
