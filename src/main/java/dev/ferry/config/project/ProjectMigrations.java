package dev.ferry.config.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The chain of format migrations, oldest first. To change the format: raise {@link
 * ProjectJson#CURRENT_VERSION}, add a migration from the previous version here, and add a fixture
 * of the previous version under {@code src/test/resources/projects/}.
 */
final class ProjectMigrations {

  /** The oldest format this Ferry still opens. */
  static final int OLDEST_VERSION = 0;

  /**
   * Format 0, the pre-release draft, used DM's top-level names {@code target-database} and {@code
   * mysql-instances}, called the id {@code project-id} and wrote an environment password as {@code
   * {"password-env": "NAME"}} next to the connection.
   */
  static final ProjectMigration FROM_0 =
      new ProjectMigration() {
        @Override
        public int fromVersion() {
          return 0;
        }

        @Override
        public void migrate(ObjectNode root) {
          rename(root, "project-id", "id");
          if (root.get("task") instanceof ObjectNode task) {
            rename(task, "target-database", "target");
            rename(task, "mysql-instances", "sources");
            movePasswordEnv(task.get("target"));
            JsonNode sources = task.get("sources");
            if (sources != null && sources.isArray()) {
              sources.forEach(ProjectMigrations::movePasswordEnv);
            }
          }
        }
      };

  private static final List<ProjectMigration> ALL = List.of(FROM_0);

  private ProjectMigrations() {}

  /** Upgrades {@code root} from {@code version} to {@link ProjectJson#CURRENT_VERSION}. */
  static void upgrade(ObjectNode root, int version) {
    for (int v = version; v < ProjectJson.CURRENT_VERSION; v++) {
      int from = v;
      ALL.stream()
          .filter(m -> m.fromVersion() == from)
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("No migration from format " + from))
          .migrate(root);
    }
    root.put("format-version", ProjectJson.CURRENT_VERSION);
  }

  private static void rename(ObjectNode node, String from, String to) {
    if (node.has(from) && !node.has(to)) {
      node.set(to, node.remove(from));
    }
  }

  private static void movePasswordEnv(JsonNode connection) {
    if (connection instanceof ObjectNode o && o.has("password-env") && !o.has("password")) {
      JsonNode name = o.remove("password-env");
      if (name.isTextual()) {
        o.put("password", "${env:" + name.textValue() + "}");
      } else {
        o.set("password", name); // the reader reports the wrong type
      }
    }
  }
}
