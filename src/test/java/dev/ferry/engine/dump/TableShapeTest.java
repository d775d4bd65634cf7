package dev.ferry.engine.dump;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.SourceTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableShapeTest {

  private static TableShape shape(long avgRowBytes) {
    return new TableShape(SourceTable.of("s", "d", "t"), List.of(), List.of(), null, 1_000_000, avgRowBytes);
  }

  @Test
  void chunkRowsRuleWhenRowsAreSmall() {
    assertThat(shape(200).rowsPerChunk(50_000, 64L << 20)).isEqualTo(50_000);
  }

  @Test
  void chunkFilesizeCapsChunksOfWideRows() {
    // 1 MiB rows: 64 MiB chunks hold 64 rows, not 50,000 (a 50 GB transaction)
    assertThat(shape(1 << 20).rowsPerChunk(50_000, 64L << 20)).isEqualTo(64);
  }

  @Test
  void aChunkHoldsAtLeastOneRowAndUnknownLengthsChangeNothing() {
    assertThat(shape(512L << 20).rowsPerChunk(50_000, 64L << 20)).isEqualTo(1);
    assertThat(shape(0).rowsPerChunk(50_000, 64L << 20)).isEqualTo(50_000);
  }
}
