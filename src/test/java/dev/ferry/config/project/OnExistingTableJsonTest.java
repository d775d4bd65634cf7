package dev.ferry.config.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ferry.config.LoadOptions;
import dev.ferry.config.LoadOptions.OnExistingTable;
import dev.ferry.config.SourceConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code on-existing-table} in a project file: written, read back, and absent in older files. */
class OnExistingTableJsonTest {

  private static final Path FILE = Path.of("shop.ferry");

  /** A format-1 file from before the option: its load object has no on-existing-table. */
  private static String file(String loadExtra) {
    return "{ \"format-version\": 1, \"id\": \"6f1c1d9e-5b7a-4c8e-9a51-2f0d7c3b9e10\", \"task\": {"
        + " \"name\": \"shop\", \"task-mode\": \"full\","
        + " \"target\": { \"host\": \"t\", \"port\": 4000, \"user\": \"root\" },"
        + " \"sources\": [ { \"source-id\": \"s1\", \"host\": \"h\", \"port\": 3306, \"user\": \"u\","
        + " \"password\": \"${ask}\", \"load\": { \"pool-size\": 2, \"on-duplicate-logical\": \"ignore\""
        + loadExtra + " } } ] } }";
  }

  private static SourceConfig source(String json) throws ProjectFileException {
    return ProjectJson.read(json.getBytes(StandardCharsets.UTF_8), FILE).task().sources().get(0);
  }

  @Test
  void aFileWithoutTheKeyReadsAsFail() throws ProjectFileException {
    LoadOptions load = source(file("")).load();
    assertThat(load.onExistingTable()).isEqualTo(OnExistingTable.FAIL);
    assertThat(load.onDuplicate()).isEqualTo(LoadOptions.OnDuplicate.IGNORE);
  }

  @ParameterizedTest
  @EnumSource(OnExistingTable.class)
  void everyValueIsWrittenAndReadBack(OnExistingTable value) throws ProjectFileException {
    SourceConfig s = source(file(", \"on-existing-table\": \"" + value.dmName() + "\""));
    assertThat(s.load().onExistingTable()).isEqualTo(value);
    Project project = ProjectJson.read(file(", \"on-existing-table\": \"" + value.dmName() + "\"")
        .getBytes(StandardCharsets.UTF_8), FILE);
    String written = new String(ProjectJson.write(project), StandardCharsets.UTF_8);
    assertThat(written).contains("\"on-existing-table\": \"" + value.dmName() + "\"");
    assertThat(ProjectJson.read(written.getBytes(StandardCharsets.UTF_8), FILE)).isEqualTo(project);
  }

  @Test
  void anUnknownValueIsAProblemNamingTheChoices() {
    assertThatThrownBy(() -> source(file(", \"on-existing-table\": \"overwrite\"")))
        .isInstanceOf(ProjectFileException.class)
        .hasMessageContaining("$.task.sources[0].load.on-existing-table")
        .hasMessageContaining("recreate");
  }
}
