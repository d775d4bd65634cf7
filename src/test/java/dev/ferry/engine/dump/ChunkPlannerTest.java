package dev.ferry.engine.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkPlannerTest {

  private static BigInteger big(String v) {
    return new BigInteger(v);
  }

  @Test
  void splitsAnIntegerRangeIntoOnePartPerChunkRows() {
    assertThat(ChunkPlanner.integerBoundaries(big("1"), big("1000"), 1000, 250))
        .containsExactly(big("251"), big("501"), big("751"));
  }

  @Test
  void neverMakesMorePartsThanKeyValues() {
    assertThat(ChunkPlanner.integerBoundaries(big("5"), big("7"), 1_000_000, 10))
        .containsExactly(big("6"), big("7"));
  }

  @Test
  void handlesTheWholeBigintUnsignedRange() {
    List<BigInteger> b =
        ChunkPlanner.integerBoundaries(BigInteger.ZERO, big("18446744073709551615"), 400, 100);
    assertThat(b).hasSize(3).isSorted();
    assertThat(b.get(1)).isEqualTo(big("9223372036854775808"));
  }

  @Test
  void aSmallTableIsOneChunk() {
    assertThat(ChunkPlanner.integerBoundaries(big("1"), big("10"), 10, 1000)).isEmpty();
    assertThat(ChunkPlanner.fromIntegers(List.of())).containsExactly(PlannedChunk.whole());
  }

  @Test
  void chunksCoverTheKeySpaceWithOpenEnds() {
    List<PlannedChunk> chunks = ChunkPlanner.fromIntegers(List.of(big("10"), big("20")));
    assertThat(chunks).hasSize(3);
    assertThat(chunks.get(0).lower()).isNull();
    assertThat(chunks.get(0).upper().encode()).isEqualTo("10");
    assertThat(chunks.get(1).lower().encode()).isEqualTo("10");
    assertThat(chunks.get(2).upper()).isNull();
  }

  @Test
  void aSparseIntegerKeyIsSampledInstead() {
    assertThat(ChunkPlanner.tooSparse(big("1"), big("1000000000000"), 1000)).isTrue();
    assertThat(ChunkPlanner.tooSparse(big("1"), big("1000"), 1000)).isFalse();
  }
}
