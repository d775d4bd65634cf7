/** The sync unit: binlog reading and applying. The only user of the binlog library. */
package dev.ferry.engine.sync;
