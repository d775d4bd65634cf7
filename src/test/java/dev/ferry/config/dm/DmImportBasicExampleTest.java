package dev.ferry.config.dm;

import static dev.ferry.config.dm.DmFixtures.importFixture;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ferry.config.DumpOptions;
import dev.ferry.config.LoadOptions;
import dev.ferry.config.Secret;
import dev.ferry.config.SourceConfig;
import dev.ferry.config.SyncOptions;
import dev.ferry.config.TaskConfig;
import dev.ferry.config.TlsConfig;
import dev.ferry.config.rules.BlockAllowList;
import dev.ferry.config.rules.RuleRefs;
import dev.ferry.domain.ShardMode;
import dev.ferry.domain.TaskMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The docs' basic task.yaml template with two sources. */
class DmImportBasicExampleTest {

  private final DmImportResult result = importFixture("basic");
  private final TaskConfig task = result.task();

  @Test
  void importsTheBasicTemplateWithDefaults() {
    assertThat(result.hasErrors()).isFalse();
    assertThat(task.name()).isEqualTo("test");
    assertThat(task.taskMode()).isEqualTo(TaskMode.ALL);
    assertThat(task.shardMode()).isEqualTo(ShardMode.NONE);
    assertThat(task.metaSchema()).isEqualTo("dm_meta");
    assertThat(task.onlineDdl().enabled()).isTrue();
    assertThat(task.cleanDumpFile()).isTrue();
    assertThat(task.target().host()).isEqualTo("127.0.0.1");
    assertThat(task.target().password()).isEqualTo(Secret.ask());
    assertThat(task.target().tls()).isEqualTo(TlsConfig.preferred());
    assertThat(task.rules().blockAllowList())
        .containsExactlyEntriesOf(
            java.util.Map.of(
                "bw-rule-1",
                new BlockAllowList(List.of("all_mode"), List.of(), List.of(), List.of())));
  }

  @Test
  void appliesThreadOverridesToDefaultUnitConfigs() {
    for (SourceConfig source : task.sources()) {
      assertThat(source.rules()).isEqualTo(new RuleRefs("bw-rule-1", null, null, null));
      assertThat(source.dump()).isEqualTo(DumpOptions.defaults());
      assertThat(source.load()).isEqualTo(new LoadOptions(16, null, true));
      SyncOptions defaults = SyncOptions.defaults();
      assertThat(source.sync()).isEqualTo(defaults);
    }
    assertThat(task.sources()).extracting(SourceConfig::port).containsExactly(3306, 3307);
  }

  @Test
  void reportsOnlyTheThreadOverrides() {
    assertThat(result.problems())
        .hasSize(6)
        .allSatisfy(
            p ->
                assertThat(p.path())
                    .matches(
                        "task\\.yaml:mysql-instances\\[[01]]\\.(mydumper|loader|syncer)-thread"));
  }
}
