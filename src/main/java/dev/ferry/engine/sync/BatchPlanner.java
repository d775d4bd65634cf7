package dev.ferry.engine.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements one worker batch runs: optionally compacted ({@code compact}), optionally with
 * runs of INSERTs and DELETEs on the same table merged into multi-row statements ({@code
 * multiple-rows}). UPDATEs stay UPDATEs (decision 0010), sent as one batch when their text repeats.
 */
final class BatchPlanner {

  private static final int MAX_ROWS_PER_STATEMENT = 256;

  private final boolean compact;
  private final boolean multipleRows;

  BatchPlanner(boolean compact, boolean multipleRows) {
    this.compact = compact;
    this.multipleRows = multipleRows;
  }

  List<DmlStatements.Statement> plan(List<ApplyWorker.Job> batch, boolean forceSafe) {
    List<ApplyWorker.Job> jobs = compact ? Compactor.grouped(Compactor.compact(batch)) : batch;
    List<DmlStatements.Statement> out = new ArrayList<>();
    for (int i = 0; i < jobs.size(); ) {
      ApplyWorker.Job job = jobs.get(i);
      boolean safe = job.safeMode() || forceSafe;
      if (multipleRows && job.change().kind() == SourceTransaction.Kind.INSERT) {
        List<RowChange> run = new ArrayList<>();
        int j = i;
        while (j < jobs.size()
            && run.size() < MAX_ROWS_PER_STATEMENT
            && sameInsert(job, jobs.get(j), forceSafe)) {
          run.add(jobs.get(j).change());
          j++;
        }
        out.add(DmlStatements.insertMany(run, safe));
        i = j;
      } else if (multipleRows
          && job.change().kind() == SourceTransaction.Kind.DELETE
          && job.change().schema().identityKey().isPresent()) {
        List<RowChange> run = new ArrayList<>();
        int j = i;
        while (j < jobs.size()
            && run.size() < MAX_ROWS_PER_STATEMENT
            && sameDelete(job, jobs.get(j))) {
          run.add(jobs.get(j).change());
          j++;
        }
        out.add(
            run.size() == 1
                ? DmlStatements.of(job.change(), safe).get(0)
                : DmlStatements.deleteMany(run));
        i = j;
      } else {
        out.addAll(DmlStatements.of(job.change(), safe));
        i++;
      }
    }
    return out;
  }

  /** DELETE is the same statement in and out of safe mode. */
  private static boolean sameDelete(ApplyWorker.Job a, ApplyWorker.Job b) {
    return b.change().kind() == SourceTransaction.Kind.DELETE
        && b.change().target().equals(a.change().target())
        && b.change().schema() == a.change().schema();
  }

  private static boolean sameInsert(ApplyWorker.Job a, ApplyWorker.Job b, boolean forceSafe) {
    return b.change().kind() == SourceTransaction.Kind.INSERT
        && b.change().target().equals(a.change().target())
        && b.change().schema() == a.change().schema()
        && (forceSafe || a.safeMode() == b.safeMode());
  }
}
