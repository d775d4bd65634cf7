/** DDL rewriting, shard DDL coordination and online-DDL handling. */
package dev.ferry.engine.ddl;
