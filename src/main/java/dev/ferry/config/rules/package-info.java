/**
 * The rule sets of a task, as configured (DM's {@code block-allow-list}, {@code routes}, {@code
 * filters}, {@code expression-filter}). Plain data; {@code dev.ferry.rules} evaluates them.
 */
package dev.ferry.config.rules;
