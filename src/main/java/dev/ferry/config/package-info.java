/** Task configuration: immutable records with DM's option names, project files, DM YAML import/export, validation. */
package dev.ferry.config;
