package dev.ferry.engine.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkPredicateTest {

  private static final Column ID = new Column("id", "bigint", "bigint(20)", null, null, false);
  private static final Column NAME =
      new Column("name", "varchar", "varchar(20)", "utf8mb4", "utf8mb4_general_ci", false);

  @Test
  void anIntegerChunkIsAHalfOpenRange() {
    PlannedChunk c = new PlannedChunk(1, KeyTuple.decode("10"), KeyTuple.decode("20"));
    assertThat(ChunkPredicate.of(List.of(ID), c)).isEqualTo("`id` >= 10 AND `id` < 20");
  }

  @Test
  void anUnboundedChunkSelectsEverything() {
    assertThat(ChunkPredicate.of(List.of(), PlannedChunk.whole())).isEqualTo("1=1");
  }

  @Test
  void aCompositeKeyComparesAsATupleWithCharsetAndCollation() {
    KeyTuple lower =
        KeyTuple.fromBytes(List.of(NAME, ID), List.of("Ä".getBytes(StandardCharsets.UTF_8), "7".getBytes()));
    String sql = ChunkPredicate.of(List.of(NAME, ID), new PlannedChunk(1, lower, null));
    assertThat(sql)
        .isEqualTo(
            "((`name` > _utf8mb4 x'c384' COLLATE utf8mb4_general_ci) OR (`name` = _utf8mb4 x'c384' COLLATE"
                + " utf8mb4_general_ci AND `id` >= 7))");
  }

  @Test
  void storedBoundsRoundTripAndRejectInjection() {
    KeyTuple t = KeyTuple.fromBytes(List.of(NAME, ID), List.of(new byte[] {0, '\'', ','}, "-5".getBytes()));
    assertThat(KeyTuple.decode(t.encode())).isEqualTo(t);
    assertThatThrownBy(() -> KeyTuple.decode("1 OR 1=1").literal(0, ID))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
