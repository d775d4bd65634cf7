package dev.ferry.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TaskMode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectPageViewModelTest {

  @TempDir Path home;

  @Test
  void emptyNameBlocksNextWithAMessageNextToTheField() {
    WizardViewModel w = new WizardFixture(home).wizard;
    assertThat(w.project().errors().get(ProjectPageViewModel.NAME))
        .isEqualTo("Give the task a name.");
    assertThat(w.canNextProperty().get()).isFalse();

    w.project().nameProperty().set("shop-to-tidb");

    assertThat(w.project().errors().get(ProjectPageViewModel.NAME)).isEmpty();
    assertThat(w.canNextProperty().get()).isTrue();
  }

  @Test
  void rejectsNamesWithSpacesOrSlashes() {
    WizardViewModel w = new WizardFixture(home).wizard;
    w.project().nameProperty().set("shop to/tidb");
    assertThat(w.project().errors().get(ProjectPageViewModel.NAME)).contains("letters, digits");
    assertThat(w.project().isValid()).isFalse();
  }

  @Test
  void explainsEachModeInOneLine() {
    ProjectPageViewModel p = new ProjectPageViewModel();
    p.modeProperty().set(TaskMode.FULL);
    assertThat(p.modeExplanation().get()).contains("once").contains("finish");
    p.modeProperty().set(TaskMode.INCREMENTAL);
    assertThat(p.modeExplanation().get()).contains("binlog");
    p.modeProperty().set(TaskMode.ALL);
    assertThat(p.modeExplanation().get()).contains("in sync");
  }

  @Test
  void notesThatShardDdlIsNotCoordinatedWhileShardMergeIsOnAndTheTaskSyncs() {
    ProjectPageViewModel p = new ProjectPageViewModel();
    var note = p.shardDdlNote();
    assertThat(note.get()).isEmpty();

    p.shardModeProperty().set(ShardMode.PESSIMISTIC);
    assertThat(note.get())
        .isEqualTo("DDL coordination across shards is not supported yet — see the precheck.");
    p.shardModeProperty().set(ShardMode.OPTIMISTIC);
    p.modeProperty().set(TaskMode.INCREMENTAL);
    assertThat(note.get()).isEqualTo(ProjectPageViewModel.SHARD_DDL_NOTE);

    p.modeProperty().set(TaskMode.FULL); // a copy replicates no DDL
    assertThat(note.get()).isEmpty();
    p.modeProperty().set(TaskMode.ALL);
    p.shardModeProperty().set(ShardMode.NONE);
    assertThat(note.get()).isEmpty();
  }
}
