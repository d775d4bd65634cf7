package dev.ferry.cli;

import dev.ferry.config.FerryHome;
import dev.ferry.config.project.ProjectFiles;
import dev.ferry.config.secret.SecretStore;
import dev.ferry.service.ProjectService;
import dev.ferry.service.RecentProjects;

/** Builds the services the commands use, rooted in {@code $FERRY_HOME}. */
final class Services {

  private Services() {}

  static ProjectService projects() {
    return new ProjectService(
        new ProjectFiles(), SecretStore.inFerryHome(), new RecentProjects(FerryHome.directory()));
  }
}
