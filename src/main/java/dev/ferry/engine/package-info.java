/** The public engine API used by the UI and the CLI: Migration, MigrationListener, ProgressSnapshot, FerryException. */
package dev.ferry.engine;
