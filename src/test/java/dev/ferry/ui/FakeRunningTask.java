package dev.ferry.ui;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.domain.EventKind;
import dev.ferry.domain.SourceTable;
import dev.ferry.domain.Stage;
import dev.ferry.domain.TableId;
import dev.ferry.domain.TablePhase;
import dev.ferry.domain.TaskMode;
import dev.ferry.engine.DdlDecisions;
import dev.ferry.engine.ProgressSnapshot;
import dev.ferry.engine.SyncStatus;
import dev.ferry.engine.TableProgress;
import dev.ferry.service.RunningTask;
import dev.ferry.service.TaskEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A scripted task: {@code tables} tables that progress a step per {@link #advance()}. */
public final class FakeRunningTask implements RunningTask {

  private final UUID id = UUID.randomUUID();
  private final int tables;
  private final List<TaskEvent> pending = new ArrayList<>();
  public volatile Stage stage = Stage.DUMPING;
  public volatile int step;
  public volatile boolean active = true;
  public volatile ProgressSnapshot.ErrorInfo error;
  public volatile int pauses;
  public volatile int resumes;
  public volatile int stops;

  /**
   * What {@link #pausedDdl()} reports. Like the state store, a decision keeps the entry; it goes
   * when the task resumes (the sync passes the decided DDL).
   */
  public final List<DdlDecisions.PausedDdl> paused = new ArrayList<>();

  /** The decisions taken: "skip s1" or "replace s1: SQL; SQL". */
  public final List<String> decisions = new ArrayList<>();

  public FakeRunningTask(int tables) {
    this.tables = tables;
    event(EventKind.STAGE_CHANGED, "Stage NEW → CHECKING");
    event(EventKind.STAGE_CHANGED, "Stage CHECKING → DUMPING");
  }

  /** Moves every table a step on; after 10 steps the copy is done and the sync runs. */
  public synchronized void advance() {
    step++;
    if (step >= 10 && stage == Stage.DUMPING) {
      stage = Stage.SYNCING;
      event(EventKind.STAGE_CHANGED, "Stage DUMPING → SYNCING");
    }
  }

  public synchronized void event(EventKind kind, String message) {
    pending.add(
        new TaskEvent(
            Instant.parse("2026-11-25T12:00:00Z").plusSeconds(pending.size()), kind, message));
  }

  @Override
  public UUID taskId() {
    return id;
  }

  @Override
  public String name() {
    return "shop-to-tidb";
  }

  @Override
  public TaskMode mode() {
    return TaskMode.ALL;
  }

  @Override
  public synchronized ProgressSnapshot snapshot() {
    List<TableProgress> list = new ArrayList<>();
    for (int i = 0; i < tables; i++) {
      long est = 10_000L + (i % 17) * 25_000L;
      // tables start one after the other; some are slower
      int s = Math.max(0, step - (i % 5));
      long done = Math.min(est, est * s / (8 + i % 3));
      TablePhase phase =
          done >= est ? TablePhase.DONE : done == 0 ? TablePhase.WAITING : TablePhase.COPYING;
      String err = i == 3 && step >= 4 ? "Lock wait timeout on chunk 12; retried" : null;
      TableId t = TableId.of("shop_" + (i % 4 + 1), String.format("table_%04d", i));
      boolean syncing = stage == Stage.SYNCING;
      list.add(
          new TableProgress(
              SourceTable.of("mysql-01", t.schema(), t.table()),
              TableId.of("shop", t.table()),
              phase,
              done,
              est,
              done * 180,
              phase == TablePhase.COPYING ? 1_500 + i % 700 : 0,
              phase == TablePhase.COPYING ? Duration.ofSeconds((est - done) / 1_500) : null,
              syncing ? i * 3L : 0,
              syncing ? i : 0,
              syncing ? i % 4 : 0,
              0,
              err));
    }
    SyncStatus sync =
        stage == Stage.SYNCING
            ? new SyncStatus(
                BinlogPosition.of("mysql-bin.000042", 90_211_334),
                BinlogPosition.of("mysql-bin.000042", 90_140_001),
                0.8 + (step % 3) * 0.4,
                1_850,
                4_200,
                312,
                step < 14)
            : null;
    return new ProgressSnapshot(id, name(), stage, Instant.now(), list, sync, error);
  }

  @Override
  public synchronized List<TaskEvent> drainEvents() {
    List<TaskEvent> out = List.copyOf(pending);
    pending.clear();
    return out;
  }

  @Override
  public void pause() {
    pauses++;
    stage = Stage.PAUSED;
    active = false;
  }

  @Override
  public void resume() {
    resumes++;
    synchronized (this) {
      paused.clear();
    }
    stage = Stage.DUMPING;
    active = true;
  }

  @Override
  public void stop() {
    stops++;
    stage = Stage.STOPPED;
    active = false;
  }

  @Override
  public synchronized List<DdlDecisions.PausedDdl> pausedDdl() {
    return List.copyOf(paused);
  }

  @Override
  public synchronized boolean skipDdl(String sourceId) {
    decisions.add("skip " + sourceId);
    return paused.stream().anyMatch(d -> d.sourceId().equals(sourceId));
  }

  @Override
  public synchronized boolean replaceDdl(String sourceId, List<String> statements) {
    decisions.add("replace " + sourceId + ": " + String.join("; ", statements));
    return paused.stream().anyMatch(d -> d.sourceId().equals(sourceId));
  }

  @Override
  public boolean isActive() {
    return active;
  }
}
