package dev.ferry.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.TableId;
import dev.ferry.engine.ddl.SchemaCatalog;
import dev.ferry.engine.ddl.TableSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompactorTest {

  private static final TableSchema T =
      new SchemaCatalog("utf8mb4")
          .load(TableId.of("d", "t"), "CREATE TABLE t (id INT NOT NULL, v INT, PRIMARY KEY (id))");

  private static ApplyWorker.Job job(SourceTransaction.Kind kind, Object[] before, Object[] after) {
    return new ApplyWorker.Job(
        new RowChange(
            kind, T.id(), T.id(), T, List.of(), before, after, BinlogPosition.of("f.1", 4)),
        false);
  }

  private static Object[] row(long id, long v) {
    return new Object[] {id, v};
  }

  @Test
  void mergesChangesToTheSameRowAsDmDoes() {
    List<ApplyWorker.Job> out =
        Compactor.compact(
            List.of(
                job(SourceTransaction.Kind.INSERT, null, row(1, 1)),
                job(SourceTransaction.Kind.UPDATE, row(1, 1), row(1, 2)),
                job(SourceTransaction.Kind.INSERT, null, row(2, 1)),
                job(SourceTransaction.Kind.UPDATE, row(1, 2), row(1, 3))));
    assertThat(out).hasSize(2);
    assertThat(out.get(0).change().after()).containsExactly(2L, 1L);
    assertThat(out.get(1).change().kind()).isEqualTo(SourceTransaction.Kind.INSERT);
    assertThat(out.get(1).change().after()).containsExactly(1L, 3L);
  }

  @Test
  void deleteThenInsertBecomesASafeInsertAndAKeyChangeIsSplit() {
    List<ApplyWorker.Job> out =
        Compactor.compact(
            List.of(
                job(SourceTransaction.Kind.DELETE, row(1, 1), null),
                job(SourceTransaction.Kind.INSERT, null, row(1, 5)),
                job(SourceTransaction.Kind.UPDATE, row(2, 0), row(3, 0))));
    assertThat(out)
        .extracting(j -> j.change().kind())
        .containsExactly(
            SourceTransaction.Kind.INSERT,
            SourceTransaction.Kind.DELETE,
            SourceTransaction.Kind.INSERT);
    assertThat(out.get(0).safeMode()).isTrue();
  }

  @Test
  void groupsACompactedBatchByKindWhenEveryKeyOccursOnce() {
    List<ApplyWorker.Job> out =
        Compactor.grouped(
            Compactor.compact(
                List.of(
                    job(SourceTransaction.Kind.INSERT, null, row(1, 1)),
                    job(SourceTransaction.Kind.DELETE, row(2, 1), null),
                    job(SourceTransaction.Kind.UPDATE, row(3, 1), row(3, 2)),
                    job(SourceTransaction.Kind.INSERT, null, row(4, 1)),
                    job(SourceTransaction.Kind.DELETE, row(5, 1), null))));
    assertThat(out)
        .extracting(j -> j.change().kind())
        .containsExactly(
            SourceTransaction.Kind.DELETE,
            SourceTransaction.Kind.DELETE,
            SourceTransaction.Kind.UPDATE,
            SourceTransaction.Kind.INSERT,
            SourceTransaction.Kind.INSERT);
    assertThat(out)
        .extracting(j -> (j.change().after() == null ? j.change().before() : j.change().after())[0])
        .containsExactly(2L, 5L, 3L, 1L, 4L);
  }

  @Test
  void keepsTheOrderOfATableWhereAKeyStillOccursTwice() {
    List<ApplyWorker.Job> batch =
        List.of(
            job(SourceTransaction.Kind.INSERT, null, row(1, 1)),
            job(SourceTransaction.Kind.DELETE, row(2, 1), null),
            job(SourceTransaction.Kind.INSERT, null, row(1, 2))); // INSERT + INSERT: not merged
    assertThat(Compactor.grouped(Compactor.compact(batch)))
        .extracting(j -> j.change().kind())
        .containsExactly(
            SourceTransaction.Kind.INSERT,
            SourceTransaction.Kind.DELETE,
            SourceTransaction.Kind.INSERT);
  }
}
