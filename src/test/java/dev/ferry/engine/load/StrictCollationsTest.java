package dev.ferry.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.TableId;
import dev.ferry.engine.dump.ServerFlavor;
import dev.ferry.engine.load.StrictCollations.Collation;
import dev.ferry.engine.load.StrictCollations.TableCollations;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictCollationsTest {

  /** MariaDB 11's SHOW CREATE TABLE: columns with the table's collation carry no clause. */
  private static final String SHOW =
      "CREATE TABLE `words` (\n"
          + "  `id` int(11) NOT NULL,\n"
          + "  `w` varchar(20) COLLATE utf8mb4_bin DEFAULT NULL,\n"
          + "  `l` varchar(10) CHARACTER SET latin1 DEFAULT NULL COMMENT 'COLLATE x',\n"
          + "  `plain` varchar(10) DEFAULT 'a b',\n"
          + "  `e` enum('x','y)','it''s') NOT NULL,\n"
          + "  `Mixed``Case` text,\n"
          + "  PRIMARY KEY (`id`),\n"
          + "  KEY `k_w` (`w`)\n"
          + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";

  private static final TableCollations SOURCE =
      new TableCollations(
          Collation.of("utf8mb4_unicode_520_ci"),
          Map.of(
              "w", new Collation("utf8mb4", "utf8mb4_bin"),
              "l", new Collation("latin1", "latin1_german1_ci"),
              "PLAIN", new Collation("utf8mb4", "utf8mb4_unicode_520_ci"),
              "e", new Collation("latin1", "latin1_swedish_ci"),
              "mixed`case", new Collation("utf8mb4", "utf8mb4_unicode_520_ci")));

  @Test
  void everyCharacterColumnAndTheTableStateCharsetAndCollation() {
    assertThat(StrictCollations.apply(SHOW, SOURCE))
        .isEqualTo(
            "CREATE TABLE `words` (\n"
                + "  `id` int(11) NOT NULL,\n"
                + "  `w` varchar(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL,\n"
                + "  `l` varchar(10) CHARACTER SET latin1 COLLATE latin1_german1_ci DEFAULT NULL COMMENT 'COLLATE x',\n"
                + "  `plain` varchar(10) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci DEFAULT 'a b',\n"
                + "  `e` enum('x','y)','it''s') CHARACTER SET latin1 COLLATE latin1_swedish_ci NOT NULL,\n"
                + "  `Mixed``Case` text CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci,\n"
                + "  PRIMARY KEY (`id`),\n"
                + "  KEY `k_w` (`w`)\n"
                + ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci");
  }

  @Test
  void anExplicitTableCollationIsReplacedOnceAndOtherOptionsStay() {
    assertThat(
            StrictCollations.tableOptions(
                ") ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=latin1 COLLATE=latin1_bin COMMENT='t'",
                Collation.of("latin1_bin")))
        .isEqualTo(") ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=latin1 COLLATE=latin1_bin COMMENT='t'");
    assertThat(StrictCollations.tableOptions(") ENGINE=InnoDB", Collation.of("utf8mb4_general_ci")))
        .isEqualTo(") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci");
  }

  @Test
  void strictTextStillGoesThroughTheTargetFlavorMapping() {
    String strict =
        StrictCollations.apply(
            "CREATE TABLE `t` (\n  `a` varchar(5) DEFAULT NULL\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"
                + " COLLATE=utf8mb4_uca1400_ai_ci",
            new TableCollations(
                Collation.of("utf8mb4_uca1400_ai_ci"),
                Map.of("a", new Collation("utf8mb4", "utf8mb4_uca1400_ai_ci"))));
    String mysql = SchemaAdapter.adapt(strict, TableId.of("s", "t"), ServerFlavor.MYSQL, false, null).create();
    assertThat(mysql)
        .contains("`a` varchar(5) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci DEFAULT NULL")
        .endsWith("DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci");
  }

  @Test
  void aCreateDatabaseClauseNamesBoth() {
    assertThat(StrictCollations.databaseClause(Collation.of("latin1_german1_ci")))
        .isEqualTo(" CHARACTER SET latin1 COLLATE latin1_german1_ci");
  }
}
