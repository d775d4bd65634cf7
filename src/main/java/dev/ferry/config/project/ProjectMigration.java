package dev.ferry.config.project;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Upgrades the JSON of a project file by one format version, in memory. Migrations only move and
 * rename JSON; the normal reader then checks the result, so a migration never needs to validate.
 */
interface ProjectMigration {

  /** The version this migration reads; it produces {@code fromVersion() + 1}. */
  int fromVersion();

  /** Rewrites {@code root} (a private copy) in place. */
  void migrate(ObjectNode root);
}
