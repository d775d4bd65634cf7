/**
 * Pure, I/O-free rule evaluation: name patterns, block-allow-list, table routing, binlog event and
 * expression filters.
 */
package dev.ferry.rules;
