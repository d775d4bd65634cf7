package dev.ferry.engine.sync;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * DM's {@code compact}: within one worker batch, changes to the same row merge into one (INSERT +
 * UPDATE → INSERT, UPDATE + UPDATE → UPDATE, INSERT/UPDATE + DELETE → DELETE, DELETE + INSERT →
 * REPLACE). Only rows of tables whose one and only unique key is the identity key are merged: with
 * a second unique key, moving a change could reorder it against another row's use of that key. An
 * UPDATE that changes the key is first split into DELETE + INSERT, as DM does.
 */
final class Compactor {

  private Compactor() {}

  static List<ApplyWorker.Job> compact(List<ApplyWorker.Job> jobs) {
    List<ApplyWorker.Job> out = new ArrayList<>(jobs.size());
    Map<List<Object>, Integer> at = new HashMap<>();
    for (ApplyWorker.Job job : jobs) {
      RowChange c = job.change();
      if (!c.schema().identityKeyIsTheOnlyUniqueKey()) {
        out.add(job);
        continue;
      }
      if (c.kind() == SourceTransaction.Kind.UPDATE && DmlStatements.keyChanged(c)) {
        add(
            out,
            at,
            new ApplyWorker.Job(
                with(c, SourceTransaction.Kind.DELETE, c.before(), null), job.safeMode()));
        add(
            out,
            at,
            new ApplyWorker.Job(
                with(c, SourceTransaction.Kind.INSERT, null, c.after()), job.safeMode()));
      } else {
        add(out, at, job);
      }
    }
    out.removeIf(Objects::isNull);
    return out;
  }

  private static void add(
      List<ApplyWorker.Job> out, Map<List<Object>, Integer> at, ApplyWorker.Job job) {
    List<Object> k = key(job.change());
    Integer prev = at.get(k);
    ApplyWorker.Job merged = prev == null ? null : merge(out.get(prev), job);
    if (merged != null) {
      out.set(prev, null);
      job = merged;
    }
    at.put(k, out.size());
    out.add(job);
  }

  /**
   * Orders a compacted batch so that statements of one kind on one table come together and can run
   * as one batch: by table, and for tables whose changes were compacted by kind (DELETE, UPDATE,
   * INSERT) and safe-mode flag. After compaction such a table has at most one change per key, and
   * its only unique key is that key, so its changes commute; changes to different tables commute
   * too (the apply sessions run without foreign key checks). A table where a key still occurs twice
   * (a pair the merge rules leave alone) and tables without a single unique key keep their order.
   */
  static List<ApplyWorker.Job> grouped(List<ApplyWorker.Job> compacted) {
    Map<Object, Boolean> reorderable = new HashMap<>();
    java.util.Set<List<Object>> seen = new java.util.HashSet<>();
    for (ApplyWorker.Job job : compacted) {
      RowChange c = job.change();
      boolean ok = c.schema().identityKeyIsTheOnlyUniqueKey() && seen.add(key(c));
      reorderable.merge(c.target(), ok, Boolean::logicalAnd);
    }
    List<ApplyWorker.Job> out = new ArrayList<>(compacted);
    out.sort(
        java.util.Comparator.comparing((ApplyWorker.Job j) -> j.change().target())
            .thenComparingInt(j -> reorderable.get(j.change().target()) ? rank(j) : 0));
    return out;
  }

  private static int rank(ApplyWorker.Job job) {
    int kind =
        switch (job.change().kind()) {
          case DELETE -> 0;
          case UPDATE -> 1;
          case INSERT -> 2;
        };
    return kind * 2 + (job.safeMode() ? 1 : 0);
  }

  private static ApplyWorker.Job merge(ApplyWorker.Job first, ApplyWorker.Job next) {
    RowChange a = first.change();
    RowChange b = next.change();
    boolean safe = first.safeMode() || next.safeMode();
    SourceTransaction.Kind ka = a.kind();
    SourceTransaction.Kind kb = b.kind();
    if (ka == SourceTransaction.Kind.INSERT && kb == SourceTransaction.Kind.UPDATE) {
      return new ApplyWorker.Job(with(b, SourceTransaction.Kind.INSERT, null, b.after()), safe);
    }
    if (ka == SourceTransaction.Kind.UPDATE && kb == SourceTransaction.Kind.UPDATE) {
      return new ApplyWorker.Job(
          with(b, SourceTransaction.Kind.UPDATE, a.before(), b.after()), safe);
    }
    if (kb == SourceTransaction.Kind.DELETE && ka != SourceTransaction.Kind.DELETE) {
      Object[] before = ka == SourceTransaction.Kind.UPDATE ? a.before() : b.before();
      return new ApplyWorker.Job(with(b, SourceTransaction.Kind.DELETE, before, null), safe);
    }
    if (ka == SourceTransaction.Kind.DELETE && kb == SourceTransaction.Kind.INSERT) {
      return new ApplyWorker.Job(b, true); // DELETE + INSERT = REPLACE
    }
    return null;
  }

  private static RowChange with(
      RowChange c, SourceTransaction.Kind kind, Object[] before, Object[] after) {
    return new RowChange(
        kind, c.source(), c.target(), c.schema(), c.extraColumns(), before, after, c.end());
  }

  /** The changed row's table and identity key values (its only unique key here). */
  private static List<Object> key(RowChange c) {
    Object[] row = c.kind() == SourceTransaction.Kind.DELETE ? c.before() : c.after();
    List<Object> k = new ArrayList<>();
    k.add(c.target());
    for (int i : c.schema().identityKeyPositions()) {
      Object v = row[i];
      k.add(v instanceof byte[] b ? Arrays.toString(b) : v);
    }
    return k;
  }
}
