package dev.ferry.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentProjectsTest {

  @TempDir Path home;

  @Test
  void isEmptyWhenNothingWasOpened() {
    assertThat(new RecentProjects(home).list()).isEmpty();
  }

  @Test
  void keepsNewestFirstWithoutDuplicates() {
    RecentProjects recent = new RecentProjects(home);
    recent.add(home.resolve("a.ferry"));
    recent.add(home.resolve("b.ferry"));
    recent.add(home.resolve("a.ferry"));
    assertThat(new RecentProjects(home).list())
        .containsExactly(home.resolve("a.ferry"), home.resolve("b.ferry"));
  }

  @Test
  void keepsAtMostTenEntries() throws Exception {
    RecentProjects recent = new RecentProjects(home);
    for (int i = 0; i < 15; i++) {
      recent.add(home.resolve("p" + i + ".ferry"));
    }
    assertThat(recent.list()).hasSize(RecentProjects.MAX_ENTRIES).first().isEqualTo(home.resolve("p14.ferry"));
    assertThat(Files.list(home)).hasSize(1); // no temp files left behind
  }
}
