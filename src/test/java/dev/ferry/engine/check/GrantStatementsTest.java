package dev.ferry.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.engine.db.Account;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrantStatementsTest {

  private final Account account = Account.parse("ferry@10.0.%");

  @Test
  void globalGrantNamesTheAccountAsTheServerSeesIt() {
    assertThat(GrantStatements.global(List.of("REPLICATION SLAVE", "REPLICATION CLIENT"), account))
        .isEqualTo("GRANT REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'ferry'@'10.0.%';");
  }

  @Test
  void schemaGrantsAreOnePerSchemaWithQuotedNames() {
    assertThat(GrantStatements.onSchemas(List.of("SELECT"), List.of("shop", "we`ird"), account))
        .isEqualTo("GRANT SELECT ON `shop`.* TO 'ferry'@'10.0.%';\n"
            + "GRANT SELECT ON `we``ird`.* TO 'ferry'@'10.0.%';");
  }

  @Test
  void ignoringTableSchemaAlsoSkipsItsFinerItems() {
    assertThat(CheckItem.FOREIGN_KEY.ignoredBy(List.of("table_schema"))).isTrue();
    assertThat(CheckItem.TABLE_SCHEMA.ignoredBy(List.of("Table_Schema"))).isTrue();
    assertThat(CheckItem.BINLOG_FORMAT.ignoredBy(List.of("table_schema"))).isFalse();
    assertThat(CheckItem.byId("auto_increment_id")).contains(CheckItem.AUTO_INCREMENT_ID);
  }

  @Test
  void findingsAreOrderedByItemKeepingCollectionOrderWithin() {
    List<Finding> in = List.of(
        Finding.ok(CheckItem.BINLOG_FORMAT, "source 'b'", ""),
        Finding.ok(CheckItem.CONNECTION, "source 'b'", ""),
        Finding.ok(CheckItem.BINLOG_FORMAT, "source 'a'", ""),
        Finding.ok(CheckItem.CONNECTION, "target", ""));
    assertThat(PrecheckRunner.ordered(in)).extracting(f -> f.item() + " " + f.target())
        .containsExactly("CONNECTION source 'b'", "CONNECTION target",
            "BINLOG_FORMAT source 'b'", "BINLOG_FORMAT source 'a'");
  }
}
