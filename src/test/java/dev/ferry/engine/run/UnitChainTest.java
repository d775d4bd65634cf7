package dev.ferry.engine.run;

import static dev.ferry.domain.TaskUnit.CHECK;
import static dev.ferry.domain.TaskUnit.DUMP;
import static dev.ferry.domain.TaskUnit.SYNC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.domain.Stage;
import dev.ferry.domain.TaskMode;
import org.junit.jupiter.api.Test;

class UnitChainTest {

  @Test
  void taskModesPickDmsUnitChains() {
    assertThat(UnitChain.of(TaskMode.FULL)).containsExactly(CHECK, DUMP);
    assertThat(UnitChain.of(TaskMode.INCREMENTAL)).containsExactly(CHECK, SYNC);
    assertThat(UnitChain.of(TaskMode.ALL)).containsExactly(CHECK, DUMP, SYNC);
  }

  @Test
  void resumingRunsThePrecheckThenTheInterruptedUnitAndTheRest() {
    assertThat(UnitChain.remaining(TaskMode.ALL, DUMP)).containsExactly(CHECK, DUMP, SYNC);
    assertThat(UnitChain.remaining(TaskMode.ALL, SYNC)).containsExactly(CHECK, SYNC);
    assertThat(UnitChain.remaining(TaskMode.FULL, CHECK)).containsExactly(CHECK, DUMP);
  }

  @Test
  void aUnitOutsideTheModesChainIsRefused() {
    assertThatThrownBy(() -> UnitChain.remaining(TaskMode.FULL, SYNC))
        .hasMessageContaining("not part of a full task");
  }

  @Test
  void eachUnitHasItsStage() {
    assertThat(UnitChain.stageOf(SYNC)).isEqualTo(Stage.SYNCING);
    assertThat(UnitChain.stageOf(DUMP)).isEqualTo(Stage.DUMPING);
  }
}
