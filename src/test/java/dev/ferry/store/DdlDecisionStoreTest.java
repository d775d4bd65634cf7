package dev.ferry.store;

import static dev.ferry.store.StoreTesting.newTask;
import static dev.ferry.store.StoreTesting.open;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.domain.BinlogPosition;
import dev.ferry.store.DdlDecisionStore.Decision;
import dev.ferry.store.DdlDecisionStore.Failure;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DdlDecisionStoreTest {

  private static final BinlogPosition AT = new BinlogPosition("mysql-bin.000002", 1200, "0-1-7");
  private static final BinlogPosition LATER = new BinlogPosition("mysql-bin.000002", 2400, null);

  @TempDir Path home;

  @Test
  void remembersTheRejectedDdlPerSourceAcrossReopening() {
    UUID task;
    try (StateStore store = open(home)) {
      task = newTask(store);
      store
          .ddlDecisions()
          .recordFailure(task, new Failure("s1", AT, "ALTER t", "ALTER `x`.`t`", "Error 3819"));
    }
    try (StateStore store = open(home)) {
      Failure f = store.ddlDecisions().failure(task, "s1").orElseThrow();
      assertThat(f.position()).isEqualTo(AT);
      assertThat(f.position().gtidSet()).isEqualTo("0-1-7");
      assertThat(f.targetSql()).isEqualTo("ALTER `x`.`t`");
      assertThat(f.error()).isEqualTo("Error 3819");
      assertThat(store.ddlDecisions().failure(task, "s2")).isEmpty();
    }
  }

  @Test
  void keepsSkipAndReplaceDecisionsByPositionUntilTheDdlIsDone() {
    try (StateStore store = open(home)) {
      UUID task = newTask(store);
      DdlDecisionStore d = store.ddlDecisions();
      d.recordFailure(task, new Failure("s1", AT, "ALTER t", "ALTER t", "no"));
      List<String> replacement = List.of("DELETE FROM t WHERE id < 0", "ALTER TABLE t ADD c INT");
      d.decide(task, "s1", AT, Decision.replaceWith(replacement));
      d.decide(task, "s1", LATER, Decision.skipIt());

      assertThat(d.decision(task, "s1", AT)).contains(Decision.replaceWith(replacement));
      assertThat(d.decision(task, "s1", LATER)).contains(Decision.skipIt());
      assertThat(d.decision(task, "s2", AT)).isEmpty();

      d.done(task, "s1", AT);
      assertThat(d.decision(task, "s1", AT)).isEmpty();
      assertThat(d.failure(task, "s1")).isEmpty();
      assertThat(d.decision(task, "s1", LATER)).contains(Decision.skipIt());
    }
  }

  @Test
  void aDoneDdlBeforeTheFailureKeepsTheFailure() {
    try (StateStore store = open(home)) {
      UUID task = newTask(store);
      store.ddlDecisions().recordFailure(task, new Failure("s1", LATER, "a", "b", "c"));
      store.ddlDecisions().done(task, "s1", AT);
      assertThat(store.ddlDecisions().failure(task, "s1")).isPresent();
    }
  }

  @Test
  void aReplacementNeedsAStatement() {
    assertThatThrownBy(() -> Decision.replaceWith(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void goesWithItsTask() {
    try (StateStore store = open(home)) {
      UUID task = newTask(store);
      store.ddlDecisions().decide(task, "s1", AT, Decision.skipIt());
      store.tasks().delete(task);
      assertThat(store.ddlDecisions().decision(task, "s1", AT)).isEmpty();
    }
  }
}
