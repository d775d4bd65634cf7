package dev.ferry.engine.ddl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.TableId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DdlParserTest {

  private static final String SHOW_CREATE =
      "CREATE TABLE `t` (\n"
          + "  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,\n"
          + "  `name` varchar(40) CHARACTER SET latin1 COLLATE latin1_swedish_ci DEFAULT 'x,y',\n"
          + "  `note` text DEFAULT NULL COMMENT 'a (note)',\n"
          + "  `kind` enum('a','b''c','d') NOT NULL DEFAULT 'a',\n"
          + "  `flags` set('x','y') DEFAULT NULL,\n"
          + "  `amount` decimal(10,2) DEFAULT -1.50,\n"
          + "  `ts` timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6),\n"
          + "  `j` longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(`j`)),\n"
          + "  `v` int(11) GENERATED ALWAYS AS (`id` + 1) VIRTUAL,\n"
          + "  `code` char(3) NOT NULL,\n"
          + "  PRIMARY KEY (`id`),\n"
          + "  UNIQUE KEY `code` (`code`),\n"
          + "  KEY `name_idx` (`name`(10),`kind`)\n"
          + ") ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci";

  @Test
  void readsColumnsTypesCharsetsAndKeysOfShowCreateTable() {
    SchemaCatalog catalog = new SchemaCatalog("latin1");
    TableSchema t = catalog.load(TableId.of("db", "t"), SHOW_CREATE);
    assertThat(t.columns())
        .extracting(ColumnDef::name)
        .containsExactly("id", "name", "note", "kind", "flags", "amount", "ts", "j", "v", "code");
    ColumnDef id = t.columns().get(0);
    assertThat(id.type()).isEqualTo("bigint");
    assertThat(id.unsigned()).isTrue();
    assertThat(id.nullable()).isFalse();
    assertThat(t.column("name").get().charset()).isEqualTo("latin1");
    assertThat(t.column("note").get().charset()).isEqualTo("utf8mb4");
    assertThat(t.column("kind").get().values()).containsExactly("a", "b'c", "d");
    assertThat(t.column("j").get().collation()).isEqualTo("utf8mb4_bin");
    assertThat(t.column("v").get().generated()).isTrue();
    assertThat(t.identityKey().get().columns()).containsExactly("id");
    assertThat(t.notNullUniqueKeys()).extracting(IndexDef::name).containsExactly("PRIMARY", "code");
    assertThat(t.index("name_idx").get().columns()).containsExactly("name", "kind");
  }

  @Test
  void writtenCreateTableReadsBackTheSame() {
    SchemaCatalog catalog = new SchemaCatalog("utf8mb4");
    TableSchema t = catalog.load(TableId.of("db", "t"), SHOW_CREATE);
    TableSchema again =
        new SchemaCatalog("latin1").load(TableId.of("db", "t"), CreateTableWriter.write(t));
    assertThat(again).isEqualTo(t);
  }

  @Test
  void altersColumnsAndIndexesInOrder() {
    SchemaCatalog catalog = new SchemaCatalog("utf8mb4");
    catalog.apply(
        DdlParser.parse("CREATE TABLE a (id INT PRIMARY KEY, b INT, c VARCHAR(5))", "db"));
    catalog.apply(
        DdlParser.parse(
            "ALTER TABLE a ADD COLUMN d INT FIRST, DROP COLUMN b, MODIFY c VARCHAR(9) CHARACTER SET latin1 AFTER d,"
                + " CHANGE id pk BIGINT UNSIGNED NOT NULL, ADD UNIQUE (c), ADD (e INT, f TEXT)",
            "db"));
    TableSchema t = catalog.table(TableId.of("db", "a")).get();
    assertThat(t.columns()).extracting(ColumnDef::name).containsExactly("d", "c", "pk", "e", "f");
    assertThat(t.column("c").get().charset()).isEqualTo("latin1");
    assertThat(t.column("pk").get().unsigned()).isTrue();
    assertThat(t.identityKey().get().columns()).containsExactly("pk");
    assertThat(t.index("c")).isPresent();
    catalog.apply(DdlParser.parse("ALTER TABLE db.a RENAME TO b", "db"));
    assertThat(catalog.table(TableId.of("db", "b"))).isPresent();
    assertThat(catalog.table(TableId.of("db", "a"))).isEmpty();
    catalog.apply(DdlParser.parse("RENAME TABLE b TO c", "db"));
    catalog.apply(DdlParser.parse("DROP INDEX c ON c", "db"));
    assertThat(catalog.table(TableId.of("db", "c")).get().indexes())
        .extracting(IndexDef::name)
        .containsExactly("PRIMARY");
  }

  @Test
  void splitsMultiClauseStatementsAndRoutesNames() {
    NameMapper names =
        new NameMapper() {
          @Override
          public TableId table(TableId source) {
            return TableId.of("tgt", source.table() + "_x");
          }

          @Override
          public String schema(String source) {
            return "tgt";
          }
        };
    DdlStatement alter =
        DdlParser.parse("ALTER TABLE t ADD a INT, DROP b, RENAME TO u, ADD INDEX i (a)", "db");
    List<String> out =
        DdlSplitter.split(alter, "db").stream().map(s -> DdlRewriter.rewrite(s, names)).toList();
    assertThat(out)
        .containsExactly(
            "ALTER TABLE `tgt`.`t_x` ADD a INT",
            "ALTER TABLE `tgt`.`t_x` DROP b",
            "ALTER TABLE `tgt`.`t_x` ADD INDEX i (a)",
            "ALTER TABLE `tgt`.`t_x` RENAME TO `tgt`.`u_x`");
    assertThat(
            DdlSplitter.split(DdlParser.parse("DROP TABLE a, `b`", "db"), "db").stream()
                .map(s -> DdlRewriter.rewrite(s, names))
                .toList())
        .containsExactly("DROP TABLE IF EXISTS `tgt`.`a_x`", "DROP TABLE IF EXISTS `tgt`.`b_x`");
    assertThat(
            DdlRewriter.rewrite(DdlParser.parse("create table `t` (id int) /* c */", "db"), names))
        .isEqualTo("create table IF NOT EXISTS `tgt`.`t_x` (id int) /* c */");
    assertThat(DdlRewriter.rewrite(DdlParser.parse("CREATE DATABASE d", null), names))
        .isEqualTo("CREATE DATABASE IF NOT EXISTS `tgt`");
    assertThat(DdlRewriter.rewrite(DdlParser.parse("TRUNCATE db.t", null), names))
        .isEqualTo("TRUNCATE `tgt`.`t_x`");
  }

  @Test
  void saysWhatItDoesNotUnderstand() {
    assertThat(DdlParser.parse("CREATE TEMPORARY TABLE x (a int)", "db"))
        .isInstanceOf(DdlStatement.Unsupported.class);
    assertThat(DdlParser.parse("CREATE TRIGGER x BEFORE INSERT ON t FOR EACH ROW SET @a=1", "db"))
        .isInstanceOf(DdlStatement.Unsupported.class);
    assertThat(DdlParser.parse("ALTER TABLE t ADD COLUMN", "db"))
        .isInstanceOf(DdlStatement.Unsupported.class);
  }
}
