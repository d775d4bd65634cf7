package dev.ferry.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.TableId;
import dev.ferry.engine.ddl.SchemaCatalog;
import dev.ferry.engine.ddl.TableSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class CausalityTest {

  private static final TableSchema T =
      new SchemaCatalog("utf8mb4")
          .load(
              TableId.of("d", "t"),
              "CREATE TABLE t (id INT NOT NULL, u VARCHAR(5) NOT NULL, PRIMARY KEY (id), UNIQUE KEY uu (u))");

  private static RowChange update(int oldId, String oldU, int newId, String newU) {
    return new RowChange(
        SourceTransaction.Kind.UPDATE,
        T.id(),
        T.id(),
        T,
        List.of(),
        new Object[] {(long) oldId, oldU},
        new Object[] {(long) newId, newU},
        BinlogPosition.of("f.1", 4));
  }

  @Test
  void changesToTheSameRowGoToTheSameWorker() {
    Causality c = new Causality(8);
    int first = c.assign(Causality.keys(update(1, "a", 1, "b")));
    assertThat(c.assign(Causality.keys(update(1, "b", 1, "c")))).isEqualTo(first);
    assertThat(c.assign(Causality.keys(update(1, "c", 1, "d")))).isEqualTo(first);
  }

  @Test
  void aChangeLinkingRowsOnTwoWorkersIsAConflict() {
    Causality c = new Causality(64);
    int a = c.assign(Causality.keys(update(1, "a", 1, "a")));
    int b = -2;
    int id = 2;
    while (b == -2 || b == a) { // find a row that hashes to another worker
      b = c.assign(Causality.keys(update(id, "x" + id, id, "x" + id)));
      id++;
    }
    int other = id - 1;
    assertThat(c.assign(Causality.keys(update(1, "a", 1, "x" + other))))
        .isEqualTo(Causality.CONFLICT);
    c.reset();
    assertThat(c.assign(Causality.keys(update(1, "a", 1, "x" + other))))
        .isNotEqualTo(Causality.CONFLICT);
  }

  @Test
  void caseInsensitiveKeysCollide() {
    assertThat(Causality.keys(update(1, "ABC", 1, "ABC")))
        .isEqualTo(Causality.keys(update(1, "abc", 1, "abc")));
  }
}
