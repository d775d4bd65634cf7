package dev.ferry.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.SourceTable;
import dev.ferry.domain.TableId;
import dev.ferry.engine.dump.Column;
import dev.ferry.engine.dump.TableShape;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadDataFormatTest {

  @Test
  void escapesSeparatorsBackslashAndNulAndWritesNullAsBackslashN() {
    ByteSink out = new ByteSink(4); // grows
    LoadDataFormat.appendRow(out, new byte[][] {{'a', '\t', 'b'}, null, {}, {0, '\\', '\n', '\r', '\'', (byte) 0xFF}});
    assertThat(out.toByteArray())
        .isEqualTo(
            new byte[] {'a', '\\', 't', 'b', '\t', '\\', 'N', '\t', '\t', '\\', '0', '\\', '\\', '\\', 'n', '\\', 'r',
              '\'', (byte) 0xFF, '\n'});
  }

  @Test
  void everyByteValueEitherPassesOrIsEscaped() {
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    ByteSink out = new ByteSink(16);
    LoadDataFormat.appendRow(out, new byte[][] {all});
    byte[] encoded = out.toByteArray();
    // 5 escaped bytes (NUL, TAB, LF, CR, backslash) take two bytes each, plus the row's LF
    assertThat(encoded).hasSize(256 + 5 + 1);
    java.io.ByteArrayOutputStream decoded = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < encoded.length - 1; i++) {
      if (encoded[i] == '\\') {
        byte e = encoded[++i];
        decoded.write(e == '0' ? 0 : e == 't' ? '\t' : e == 'n' ? '\n' : e == 'r' ? '\r' : e);
      } else {
        decoded.write(encoded[i]);
      }
    }
    assertThat(decoded.toByteArray()).isEqualTo(all);
  }

  @Test
  void bitAndGeometryColumnsGoThroughUserVariablesAndGeneratedColumnsAreLeftOut() {
    TableShape shape =
        new TableShape(
            SourceTable.of("s", "d", "t"),
            List.of(
                new Column("id", "int", "int", null, null, false),
                new Column("b", "bit", "bit(3)", null, null, false),
                new Column("g", "geometry", "geometry", null, null, false),
                new Column("v", "int", "int", null, null, true)),
            List.of(),
            null,
            0);
    String sql = LoadDataFormat.statement(shape, TableId.of("x", "y"), "REPLACE");
    assertThat(sql)
        .startsWith("LOAD DATA LOCAL INFILE 'ferry.tsv' REPLACE INTO TABLE `x`.`y` CHARACTER SET binary")
        .contains("(`id`, @v1, @v2) SET `b` = CAST(@v1 AS UNSIGNED), `g` = IF(@v2 IS NULL")
        .doesNotContain("`v`");
  }

  @Test
  void insertLiteralsKeepTextBytesInTheColumnCharset() {
    Column latin = new Column("l", "varchar", "varchar(5)", "latin1", "latin1_swedish_ci", false);
    assertThat(InsertFormat.literal(latin, "é".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("_latin1 x'e9'");
    assertThat(InsertFormat.literal(latin, null)).isEqualTo("NULL");
  }
}
